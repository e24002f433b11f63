//! Everything the reader can be asked to do. Serde names are snake_case so a keymap file can
//! name them later (`"next_match"`, `{"input": "a"}`) without touching the handling code.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    /// Move the selection or scroll the focused pane by one line.
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    /// Open the selected article, or jump to the selected quote.
    Open,
    /// Leave the article (narrow screens), close a popup, or clear the search.
    Back,
    ToggleQuotes,
    OpenTagPicker,
    ClearTags,
    ToggleTagMode,
    /// Toggle the tag under the cursor in the tag picker.
    ToggleTag,
    StartSearch,
    NextMatch,
    PrevMatch,
    CycleSort,
    Help,
    Errors,
    /// Switch between the list of articles and the quotes view (every quote shown, by date).
    ToggleQuotesView,
    OpenSpeakerPicker,
    OpenSourcePicker,
    /// Type a date range in the status bar.
    EditDates,
    /// Let every filter go: tags, speakers, sources, dates and the search.
    ClearFilters,
    /// Choose or let go the entry under the cursor of the speaker or source picker.
    TogglePick,
    /// A character typed into the search line or the tag picker's filter.
    Input(char),
    DeleteChar,
    /// Keep the search being typed.
    Confirm,
    /// Drop the search being typed and go back to the one before.
    Cancel,
    Resize {
        width: u16,
        height: u16,
    },
    /// Mouse wheel over a pane: positive `lines` scroll down.
    ScrollAt {
        column: u16,
        row: u16,
        lines: i16,
    },
    ClickAt {
        column: u16,
        row: u16,
    },
}
