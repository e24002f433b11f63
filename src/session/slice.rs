//! The time an update is given: when it starts, and how long its work may go on before the
//! screen gets its turn.

use std::time::{Duration, Instant};

/// Work done per keystroke or per frame before the screen gets a turn: a frame every 25 ms
/// at worst, which the eye takes for smooth typing.
pub const SLICE: Duration = Duration::from_millis(25);

/// When an update starts and when its work must stop. Work goes in
/// chunks and asks after each whether the slice is over, so at least one chunk is done; the
/// caller decides the time, so an update is a function of the state, the action and this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeSlice {
    start: Instant,
    budget: Duration,
}

impl TimeSlice {
    /// A slice of [`SLICE`] from `start`: the reader's, for a keystroke or a frame.
    pub fn new(start: Instant) -> Self {
        TimeSlice { start, budget: SLICE }
    }

    /// A slice over after its first chunk of work, whatever the time: for tests and benches
    /// that watch work spread over several frames.
    pub fn one_chunk(start: Instant) -> Self {
        TimeSlice { start, budget: Duration::ZERO }
    }

    /// When the update happens: what periodic work (recomputing the list while loading) is
    /// timed by.
    pub fn start(self) -> Instant {
        self.start
    }

    /// Whether the work must stop now and leave the rest for the next slice.
    pub fn is_over(self) -> bool {
        self.start.elapsed() >= self.budget
    }
}
