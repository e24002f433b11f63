//! Colours and styles, in one place so the screens stay consistent, for what the terminal can
//! show ([`Colors`], told by the environment). Every style that tells something apart (the
//! selection, the focused pane, a quote, a search match) keeps an emphasis of its own when
//! there is no colour: `NO_COLOR` asks for no colour, not for no emphasis.

use ratatui::style::{Color, Modifier, Style};

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Colors {
    /// None (`NO_COLOR`, `TERM=dumb`): bold, reverse, underline, italic and dim only.
    None,
    /// The 16 ANSI colours.
    Basic,
    /// The 256-colour palette (`TERM=…-256color`).
    Indexed,
    /// 24-bit colour (`COLORTERM=truecolor` or `24bit`).
    #[default]
    True,
}

impl Colors {
    /// What the environment says the terminal shows, `var` reading a variable:
    /// `NO_COLOR` set and not empty (no-color.org) or `TERM=dumb` → none; `COLORTERM` of
    /// `truecolor` or `24bit`, or a `TERM` ending in `-direct` → 24-bit; a `TERM` with `256color`
    /// → 256; any other terminal → the 16 ANSI colours.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Colors {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let term = set("TERM").unwrap_or_default();
        if set("NO_COLOR").is_some() || term == "dumb" {
            return Colors::None;
        }
        let colorterm = set("COLORTERM").unwrap_or_default().to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" || term.ends_with("-direct") {
            Colors::True
        } else if term.contains("256color") {
            Colors::Indexed
        } else {
            Colors::Basic
        }
    }
}

/// A colour as each kind of terminal shows it: 24-bit, from the 256-colour palette, of the 16.
#[derive(Debug, Clone, Copy)]
struct Shade {
    rgb: (u8, u8, u8),
    indexed: u8,
    basic: Color,
}

/// The selection's background: a dark blue that white and grey text read well on. Index 24 of
/// the palette is `#005f87`, the nearest that keeps the text readable.
const SELECTION: Shade = Shade { rgb: (40, 60, 90), indexed: 24, basic: Color::Blue };
/// The status bar's background, a shade above black (index 235 is `#262626`).
const STATUS: Shade = Shade { rgb: (30, 30, 40), indexed: 235, basic: Color::Black };
/// Tag chips: a light blue under black text (index 110 is `#87afd7`).
const CHIP: Shade = Shade { rgb: (120, 170, 200), indexed: 110, basic: Color::Cyan };

pub const ACCENT: Color = Color::Cyan;

/// The styles of the screen for one kind of terminal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Theme {
    colors: Colors,
}

impl Theme {
    pub fn new(colors: Colors) -> Self {
        Theme { colors }
    }

    pub fn colors(&self) -> Colors {
        self.colors
    }

    fn colored(&self) -> bool {
        self.colors != Colors::None
    }

    fn shade(&self, shade: Shade) -> Color {
        match self.colors {
            Colors::True => Color::Rgb(shade.rgb.0, shade.rgb.1, shade.rgb.2),
            Colors::Indexed => Color::Indexed(shade.indexed),
            Colors::Basic | Colors::None => shade.basic,
        }
    }

    /// `colored` with colour, else `plain`.
    fn pick(&self, colored: impl FnOnce() -> Style, plain: Style) -> Style {
        if self.colored() { colored() } else { plain }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (self.colored(), focused) {
            (true, true) => Style::new().fg(ACCENT),
            (true, false) => Style::new().fg(Color::DarkGray),
            (false, true) => Style::new().add_modifier(Modifier::BOLD),
            (false, false) => Style::new().add_modifier(Modifier::DIM),
        }
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.pick(|| Style::new().fg(Color::DarkGray), Style::new().add_modifier(Modifier::DIM))
    }

    pub fn selected(&self) -> Style {
        self.pick(
            || Style::new().bg(self.shade(SELECTION)).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn selected_dim(&self) -> Style {
        self.pick(
            || Style::new().bg(self.shade(SELECTION)).fg(Color::Gray),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn caption(&self) -> Style {
        self.pick(|| Style::new().fg(Color::Gray), Style::new()).add_modifier(Modifier::ITALIC)
    }

    pub fn caption_bar(&self) -> Style {
        self.pick(|| Style::new().fg(ACCENT), Style::new().add_modifier(Modifier::BOLD))
    }

    pub fn quote(&self) -> Style {
        self.pick(|| Style::new().fg(Color::Yellow), Style::new().add_modifier(Modifier::UNDERLINED))
    }

    pub fn active_quote(&self) -> Style {
        self.pick(
            || Style::new().fg(Color::Black).bg(Color::Yellow),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
        )
    }

    pub fn search_match(&self) -> Style {
        self.pick(
            || Style::new().fg(Color::Black).bg(Color::LightMagenta),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn current_match(&self) -> Style {
        self.pick(
            || Style::new().fg(Color::Black).bg(Color::LightGreen).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    pub fn chip(&self) -> Style {
        self.pick(|| Style::new().fg(Color::Black).bg(self.shade(CHIP)), Style::new().add_modifier(Modifier::REVERSED))
    }

    pub fn speaker(&self) -> Style {
        self.pick(|| Style::new().fg(ACCENT), Style::new()).add_modifier(Modifier::BOLD)
    }

    pub fn status(&self) -> Style {
        self.pick(|| Style::new().bg(self.shade(STATUS)).fg(Color::Gray), Style::new().add_modifier(Modifier::REVERSED))
    }

    pub fn status_key(&self) -> Style {
        self.status().patch(self.pick(|| Style::new().fg(ACCENT), Style::new()).add_modifier(Modifier::BOLD))
    }

    /// The key hints at the end of the status bar.
    pub fn status_hint(&self) -> Style {
        self.status().patch(self.pick(|| Style::new().fg(Color::DarkGray), Style::new()))
    }

    pub fn warning(&self) -> Style {
        self.pick(|| Style::new().fg(Color::LightRed), Style::new()).add_modifier(Modifier::BOLD)
    }

    /// A read article's title in the list: not bold, and greyer than an unread one's (dim
    /// without colour).
    pub fn read_title(&self) -> Style {
        self.pick(
            || Style::new().remove_modifier(Modifier::BOLD).fg(Color::Gray),
            Style::new().remove_modifier(Modifier::BOLD).add_modifier(Modifier::DIM),
        )
    }

    /// The star of a starred article (the star itself tells it without colour).
    pub fn star(&self) -> Style {
        self.pick(|| Style::new().fg(Color::Yellow), Style::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn colours_are_told_by_the_environment() {
        assert_eq!(Colors::from_env(env(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")])), Colors::None);
        // An empty NO_COLOR is as good as none (no-color.org).
        assert_eq!(Colors::from_env(env(&[("TERM", "xterm-256color"), ("NO_COLOR", "")])), Colors::Indexed);
        assert_eq!(Colors::from_env(env(&[("TERM", "dumb"), ("COLORTERM", "truecolor")])), Colors::None);
        assert_eq!(Colors::from_env(env(&[("TERM", "xterm-256color"), ("COLORTERM", "truecolor")])), Colors::True);
        assert_eq!(Colors::from_env(env(&[("TERM", "xterm-direct")])), Colors::True);
        assert_eq!(Colors::from_env(env(&[("TERM", "tmux-256color")])), Colors::Indexed);
        assert_eq!(Colors::from_env(env(&[("TERM", "xterm")])), Colors::Basic);
        assert_eq!(Colors::from_env(env(&[])), Colors::Basic);
    }

    #[test]
    fn the_selection_falls_back_to_the_palette_and_to_reverse_video() {
        assert_eq!(Theme::new(Colors::True).selected().bg, Some(Color::Rgb(40, 60, 90)));
        assert_eq!(Theme::new(Colors::Indexed).selected().bg, Some(Color::Indexed(24)));
        assert_eq!(Theme::new(Colors::Basic).selected().bg, Some(Color::Blue));
        let plain = Theme::new(Colors::None).selected();
        assert_eq!((plain.bg, plain.fg), (None, None));
        assert!(plain.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn without_colour_every_style_that_tells_things_apart_keeps_an_emphasis() {
        let theme = Theme::new(Colors::None);
        let styles = [
            theme.selected(),
            theme.selected_dim(),
            theme.border(true),
            theme.quote(),
            theme.active_quote(),
            theme.search_match(),
            theme.current_match(),
            theme.chip(),
            theme.status(),
            theme.speaker(),
            theme.warning(),
        ];
        for style in styles {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
            assert!(!style.add_modifier.is_empty(), "{style:?}");
        }
        // Each pair that must be told apart differs.
        assert_ne!(theme.border(true), theme.border(false));
        assert_ne!(theme.quote(), theme.active_quote());
        assert_ne!(theme.search_match(), theme.current_match());
    }
}
