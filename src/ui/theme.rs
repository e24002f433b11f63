//! Colours and styles, in one place so the screens stay consistent.

use ratatui::style::{Color, Modifier, Style};

pub const ACCENT: Color = Color::Cyan;

pub fn border(focused: bool) -> Style {
    if focused { Style::new().fg(ACCENT) } else { Style::new().fg(Color::DarkGray) }
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn selected() -> Style {
    Style::new().bg(Color::Rgb(40, 60, 90)).add_modifier(Modifier::BOLD)
}

pub fn selected_dim() -> Style {
    Style::new().bg(Color::Rgb(40, 60, 90)).fg(Color::Gray)
}

pub fn caption() -> Style {
    Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC)
}

pub fn caption_bar() -> Style {
    Style::new().fg(ACCENT)
}

pub fn quote() -> Style {
    Style::new().fg(Color::Yellow)
}

pub fn active_quote() -> Style {
    Style::new().fg(Color::Black).bg(Color::Yellow)
}

pub fn search_match() -> Style {
    Style::new().fg(Color::Black).bg(Color::LightMagenta)
}

pub fn current_match() -> Style {
    Style::new().fg(Color::Black).bg(Color::LightGreen).add_modifier(Modifier::BOLD)
}

pub fn chip() -> Style {
    Style::new().fg(Color::Black).bg(Color::Rgb(120, 170, 200))
}

pub fn speaker() -> Style {
    Style::new().fg(ACCENT).add_modifier(Modifier::BOLD)
}

pub fn status() -> Style {
    Style::new().bg(Color::Rgb(30, 30, 40)).fg(Color::Gray)
}

pub fn status_key() -> Style {
    Style::new().bg(Color::Rgb(30, 30, 40)).fg(ACCENT).add_modifier(Modifier::BOLD)
}

pub fn warning() -> Style {
    Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD)
}

/// A read article's title in the list: not bold, and greyer than an unread one's.
pub fn read_title() -> Style {
    Style::new().remove_modifier(Modifier::BOLD).fg(Color::Gray)
}

/// The star of a starred article.
pub fn star() -> Style {
    Style::new().fg(Color::Yellow)
}
