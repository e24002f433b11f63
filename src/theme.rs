//! The reader's colours as data: a style for each named part of the screen
//! ([`Part`](crate::theme::Part)), the built-in themes (`dark`, `light`, `mono`), and the words
//! a config file writes a style in (`"black on yellow bold"`, `"#88c0d0 italic"`). Drawing
//! reads them through `ui::theme`.

use std::fmt;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

/// A part of the screen with a style of its own. Config files name them in snake_case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Border,
    BorderFocused,
    Title,
    Dim,
    Selected,
    SelectedDim,
    Caption,
    CaptionBar,
    Quote,
    ActiveQuote,
    SearchMatch,
    CurrentMatch,
    Chip,
    Speaker,
    Link,
    Status,
    StatusKey,
    StatusHint,
    Warning,
    ReadTitle,
    Star,
}

impl Part {
    pub const ALL: [Part; 21] = [
        Part::Border,
        Part::BorderFocused,
        Part::Title,
        Part::Dim,
        Part::Selected,
        Part::SelectedDim,
        Part::Caption,
        Part::CaptionBar,
        Part::Quote,
        Part::ActiveQuote,
        Part::SearchMatch,
        Part::CurrentMatch,
        Part::Chip,
        Part::Speaker,
        Part::Link,
        Part::Status,
        Part::StatusKey,
        Part::StatusHint,
        Part::Warning,
        Part::ReadTitle,
        Part::Star,
    ];

    /// The name a config file gives the part.
    pub fn name(self) -> &'static str {
        match self {
            Part::Border => "border",
            Part::BorderFocused => "border_focused",
            Part::Title => "title",
            Part::Dim => "dim",
            Part::Selected => "selected",
            Part::SelectedDim => "selected_dim",
            Part::Caption => "caption",
            Part::CaptionBar => "caption_bar",
            Part::Quote => "quote",
            Part::ActiveQuote => "active_quote",
            Part::SearchMatch => "search_match",
            Part::CurrentMatch => "current_match",
            Part::Chip => "chip",
            Part::Speaker => "speaker",
            Part::Link => "link",
            Part::Status => "status",
            Part::StatusKey => "status_key",
            Part::StatusHint => "status_hint",
            Part::Warning => "warning",
            Part::ReadTitle => "read_title",
            Part::Star => "star",
        }
    }

    /// What the part is, for the commented default config.
    pub fn about(self) -> &'static str {
        match self {
            Part::Border => "pane borders",
            Part::BorderFocused => "the focused pane's border, keys in the help",
            Part::Title => "titles and headings",
            Part::Dim => "meta lines, hints, the empty states",
            Part::Selected => "the selected row",
            Part::SelectedDim => "the selected row's meta line",
            Part::Caption => "photo captions",
            Part::CaptionBar => "the bar beside captions, help keys",
            Part::Quote => "quoted passages in the body",
            Part::ActiveQuote => "the quote jumped to",
            Part::SearchMatch => "search matches",
            Part::CurrentMatch => "the match n/N is on",
            Part::Chip => "tag chips",
            Part::Speaker => "speakers in the quotes pane",
            Part::Link => "the article's URL and file in its header",
            Part::Status => "the status bar",
            Part::StatusKey => "counts and keys in the status bar",
            Part::StatusHint => "key hints in the status bar",
            Part::Warning => "failures and messages that need a look",
            Part::ReadTitle => "a read article's title in the list (never bold unless it says so)",
            Part::Star => "the star before a starred article's title",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A style for every [`Part`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    styles: [Style; Part::ALL.len()],
}

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

/// The names of the built-in themes, as `[theme] base = "…"` takes them.
pub const BUILT_IN: [&str; 3] = ["dark", "light", "mono"];

impl Theme {
    pub fn style(&self, part: Part) -> Style {
        self.styles[part.index()]
    }

    pub fn set(&mut self, part: Part, style: Style) {
        self.styles[part.index()] = style;
    }

    /// A built-in theme by name.
    pub fn built_in(name: &str) -> Option<Theme> {
        match name {
            "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            "mono" => Some(Theme::mono()),
            _ => None,
        }
    }

    fn from_fn(style: impl Fn(Part) -> Style) -> Theme {
        Theme { styles: Part::ALL.map(style) }
    }

    /// For dark backgrounds with many colours: the reader's first colours.
    pub fn dark() -> Theme {
        let accent = Color::Cyan;
        let selection = Color::Rgb(40, 60, 90);
        let bar = Color::Rgb(30, 30, 40);
        Theme::from_fn(|part| {
            let s = Style::new();
            match part {
                Part::Border => s.fg(Color::DarkGray),
                Part::BorderFocused => s.fg(accent),
                Part::Title => s.add_modifier(Modifier::BOLD),
                Part::Dim => s.fg(Color::DarkGray),
                Part::Selected => s.bg(selection).add_modifier(Modifier::BOLD),
                Part::SelectedDim => s.bg(selection).fg(Color::Gray),
                Part::Caption => s.fg(Color::Gray).add_modifier(Modifier::ITALIC),
                Part::CaptionBar => s.fg(accent),
                Part::Quote => s.fg(Color::Yellow),
                Part::ActiveQuote => s.fg(Color::Black).bg(Color::Yellow),
                Part::SearchMatch => s.fg(Color::Black).bg(Color::LightMagenta),
                Part::CurrentMatch => s.fg(Color::Black).bg(Color::LightGreen).add_modifier(Modifier::BOLD),
                Part::Chip => s.fg(Color::Black).bg(Color::Rgb(120, 170, 200)),
                Part::Speaker => s.fg(accent).add_modifier(Modifier::BOLD),
                Part::Link => s.fg(accent).add_modifier(Modifier::UNDERLINED),
                Part::Status => s.bg(bar).fg(Color::Gray),
                Part::StatusKey => s.bg(bar).fg(accent).add_modifier(Modifier::BOLD),
                Part::StatusHint => s.bg(bar).fg(Color::DarkGray),
                Part::Warning => s.fg(Color::LightRed).add_modifier(Modifier::BOLD),
                Part::ReadTitle => s.fg(Color::Gray),
                Part::Star => s.fg(Color::Yellow),
            }
        })
    }

    /// For light backgrounds, in the 16 colours every terminal has: dark text, pale marks.
    pub fn light() -> Theme {
        Theme::from_fn(|part| {
            let s = Style::new();
            match part {
                Part::Border => s.fg(Color::Gray),
                Part::BorderFocused => s.fg(Color::Blue),
                Part::Title => s.add_modifier(Modifier::BOLD),
                Part::Dim => s.fg(Color::DarkGray),
                Part::Selected => s.bg(Color::LightBlue).fg(Color::Black).add_modifier(Modifier::BOLD),
                Part::SelectedDim => s.bg(Color::LightBlue).fg(Color::Black),
                Part::Caption => s.fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
                Part::CaptionBar => s.fg(Color::Blue),
                Part::Quote => s.fg(Color::Magenta),
                Part::ActiveQuote => s.fg(Color::White).bg(Color::Magenta),
                Part::SearchMatch => s.fg(Color::Black).bg(Color::LightYellow),
                Part::CurrentMatch => s.fg(Color::Black).bg(Color::LightGreen).add_modifier(Modifier::BOLD),
                Part::Chip => s.fg(Color::White).bg(Color::Blue),
                Part::Speaker => s.fg(Color::Blue).add_modifier(Modifier::BOLD),
                Part::Link => s.fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
                Part::Status => s.bg(Color::Gray).fg(Color::Black),
                Part::StatusKey => s.bg(Color::Gray).fg(Color::Blue).add_modifier(Modifier::BOLD),
                Part::StatusHint => s.bg(Color::Gray).fg(Color::DarkGray),
                Part::Warning => s.fg(Color::Red).add_modifier(Modifier::BOLD),
                Part::ReadTitle => s.fg(Color::DarkGray),
                Part::Star => s.fg(Color::Red),
            }
        })
    }

    /// No colour at all: bold, dim, italic, underline and reverse video only, for monochrome
    /// terminals; what every theme falls back to under `NO_COLOR` or `TERM=dumb`
    /// (`ui::theme`). Each part that must be told apart from another keeps an emphasis.
    pub fn mono() -> Theme {
        Theme::from_fn(|part| {
            let s = Style::new();
            match part {
                Part::Star => s,
                Part::Border | Part::Dim | Part::ReadTitle => s.add_modifier(Modifier::DIM),
                Part::BorderFocused | Part::Title | Part::CaptionBar | Part::Speaker | Part::Warning => {
                    s.add_modifier(Modifier::BOLD)
                }
                Part::SelectedDim | Part::SearchMatch | Part::Chip | Part::Status | Part::StatusHint => {
                    s.add_modifier(Modifier::REVERSED)
                }
                Part::Selected | Part::StatusKey => s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                Part::Caption => s.add_modifier(Modifier::ITALIC),
                Part::Quote | Part::Link => s.add_modifier(Modifier::UNDERLINED),
                Part::ActiveQuote => s.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
                Part::CurrentMatch => s.add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
            }
        })
    }
}

/// Why a style could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleError(String);

impl fmt::Display for StyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The modifiers a style may name.
const MODIFIERS: [(&str, Modifier); 7] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("underlined", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("crossed_out", Modifier::CROSSED_OUT),
];

/// A style from words: a foreground colour, `on` and a background colour, and modifiers, in
/// any order: `"yellow"`, `"black on yellow bold"`, `"on #1e1e28"`, `"italic"`, `"default"`.
/// Colours are the 16 ANSI names (`light_red`, `dark_gray`), `#rrggbb`, or an index `0`-`255`.
pub fn parse_style(text: &str) -> Result<Style, StyleError> {
    let mut style = Style::new();
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_none() {
        return Err(StyleError("an empty style (write \"default\" for the terminal's own)".into()));
    }
    while let Some(word) = words.next() {
        let lower = word.to_ascii_lowercase();
        if lower == "default" || lower == "none" {
            continue;
        }
        if lower == "on" {
            let Some(colour) = words.next() else {
                return Err(StyleError("`on` without a background colour after it".into()));
            };
            style = style.bg(parse_colour(colour)?);
        } else if let Some(&(_, modifier)) = MODIFIERS.iter().find(|(name, _)| *name == lower) {
            style = style.add_modifier(modifier);
        } else {
            style = style.fg(parse_colour(word)?);
        }
    }
    Ok(style)
}

/// One colour: a name, `#rrggbb` or `0`-`255`.
pub fn parse_colour(word: &str) -> Result<Color, StyleError> {
    let valid_hex =
        word.strip_prefix('#').is_some_and(|hex| hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()));
    if word.starts_with('#') && !valid_hex {
        return Err(StyleError(format!("`{word}` is not a colour (#rrggbb takes six hex digits)")));
    }
    Color::from_str(word).map_err(|_| {
        StyleError(format!(
            "`{word}` is not a colour (a name such as yellow or light_blue, #rrggbb, or 0-255) nor a modifier ({})",
            MODIFIERS.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_read_colours_backgrounds_and_modifiers_in_any_order() {
        assert_eq!(parse_style("yellow"), Ok(Style::new().fg(Color::Yellow)));
        assert_eq!(
            parse_style("bold black on light_yellow"),
            Ok(Style::new().fg(Color::Black).bg(Color::LightYellow).add_modifier(Modifier::BOLD))
        );
        assert_eq!(
            parse_style("on #1e1e28 italic"),
            Ok(Style::new().bg(Color::Rgb(30, 30, 40)).add_modifier(Modifier::ITALIC))
        );
        assert_eq!(parse_style("208"), Ok(Style::new().fg(Color::Indexed(208))));
        assert_eq!(parse_style("default"), Ok(Style::new()));
    }

    #[test]
    fn bad_styles_say_what_is_wrong() {
        assert!(parse_style("blurple").is_err_and(|e| e.to_string().contains("`blurple` is not a colour")));
        assert!(parse_style("#12345").is_err_and(|e| e.to_string().contains("six hex digits")));
        assert!(parse_style("red on").is_err_and(|e| e.to_string().contains("without a background")));
        assert!(parse_style(" ").is_err());
    }

    #[test]
    fn every_part_has_a_name_that_reads_back() {
        for part in Part::ALL {
            assert_eq!(Part::from_name(part.name()), Some(part));
            assert_eq!(Part::ALL[part.index()], part);
        }
        assert_eq!(Part::from_name("borders"), None);
    }

    #[test]
    fn built_in_themes_differ_and_mono_has_no_colour() {
        let themes: Vec<Theme> = BUILT_IN.iter().filter_map(|name| Theme::built_in(name)).collect();
        assert_eq!(themes.len(), 3);
        assert_ne!(themes[0], themes[1]);
        for part in Part::ALL {
            let style = Theme::mono().style(part);
            assert_eq!((style.fg, style.bg), (None, None), "{}", part.name());
        }
    }
}
