//! The styles drawing uses, one function per part of the screen, read from the theme in force
//! ([`crate::theme::Theme`]: the built-in dark one unless the config chose another).
//!
//! The theme is the reader's, handed to [`with_theme`] around one frame's drawing; the drawing
//! helpers, many calls deep, read it here rather than each taking one more parameter.

use std::cell::RefCell;

use ratatui::style::{Color, Style};

use crate::theme::{Part, Theme};

/// The accent of the default theme (focused borders), which tests compare colours with.
pub const ACCENT: Color = Color::Cyan;

thread_local! {
    static THEME: RefCell<Theme> = RefCell::new(Theme::dark());
}

/// Runs `draw` with `theme` in force, and puts the one before back after.
pub fn with_theme<T>(theme: &Theme, draw: impl FnOnce() -> T) -> T {
    let before = THEME.with(|t| t.replace(theme.clone()));
    let out = draw();
    THEME.with(|t| t.replace(before));
    out
}

fn style(part: Part) -> Style {
    THEME.with(|t| t.borrow().style(part))
}

pub fn border(focused: bool) -> Style {
    style(if focused { Part::BorderFocused } else { Part::Border })
}

pub fn title() -> Style {
    style(Part::Title)
}

pub fn dim() -> Style {
    style(Part::Dim)
}

pub fn selected() -> Style {
    style(Part::Selected)
}

pub fn selected_dim() -> Style {
    style(Part::SelectedDim)
}

pub fn caption() -> Style {
    style(Part::Caption)
}

pub fn caption_bar() -> Style {
    style(Part::CaptionBar)
}

pub fn quote() -> Style {
    style(Part::Quote)
}

pub fn active_quote() -> Style {
    style(Part::ActiveQuote)
}

pub fn search_match() -> Style {
    style(Part::SearchMatch)
}

pub fn current_match() -> Style {
    style(Part::CurrentMatch)
}

pub fn chip() -> Style {
    style(Part::Chip)
}

pub fn speaker() -> Style {
    style(Part::Speaker)
}

pub fn link() -> Style {
    style(Part::Link)
}

pub fn status() -> Style {
    style(Part::Status)
}

pub fn status_key() -> Style {
    style(Part::StatusKey)
}

pub fn status_hint() -> Style {
    style(Part::StatusHint)
}

pub fn warning() -> Style {
    style(Part::Warning)
}
