//! The styles drawing uses, one method per part of the screen: the configured theme's
//! ([`crate::theme::Theme`], the built-in dark one unless the config chose another) as the
//! terminal can show them ([`Colors`], told by the environment). 24-bit colours fall to the
//! 256-colour palette or to the 16 ANSI colours; without colour every part takes the `mono`
//! theme's emphasis, so that the selection, the focused pane, a quote or a search match are
//! still told apart: `NO_COLOR` asks for no colour, not for no emphasis.

use ratatui::style::{Color, Modifier, Style};

use crate::theme::{Part, Theme as Styles};

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

/// A colour of the built-in themes as each kind of terminal shows it, picked by eye where the
/// nearest colour would not keep the text on it readable.
#[derive(Debug, Clone, Copy)]
struct Shade {
    rgb: (u8, u8, u8),
    indexed: u8,
    basic: Color,
}

const SHADES: [Shade; 3] = [
    // The selection's background: index 24 is `#005f87`, a blue white and grey text read well on.
    Shade { rgb: (40, 60, 90), indexed: 24, basic: Color::Blue },
    // The status bar's background, a shade above black (index 235 is `#262626`).
    Shade { rgb: (30, 30, 40), indexed: 235, basic: Color::Black },
    // Tag chips: a light blue under black text (index 110 is `#87afd7`).
    Shade { rgb: (120, 170, 200), indexed: 110, basic: Color::Cyan },
];

/// The accent of the default theme (focused borders), which tests compare colours with.
pub const ACCENT: Color = Color::Cyan;

/// The styles of the screen: the configured theme for one kind of terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    styles: Styles,
    colors: Colors,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(Colors::default())
    }
}

impl Theme {
    /// The built-in dark theme, as `colors` show it.
    pub fn new(colors: Colors) -> Self {
        Theme::configured(Styles::dark(), colors)
    }

    /// The theme a config file made, as `colors` show it.
    pub fn configured(styles: Styles, colors: Colors) -> Self {
        Theme { styles, colors }
    }

    pub fn colors(&self) -> Colors {
        self.colors
    }

    /// A part's style as the terminal shows it.
    pub fn style(&self, part: Part) -> Style {
        let style = self.styles.style(part);
        match self.colors {
            Colors::True => style,
            Colors::Indexed | Colors::Basic => {
                let fit = |colour: Option<Color>| colour.map(|c| fit(c, self.colors));
                Style { fg: fit(style.fg), bg: fit(style.bg), ..style }
            }
            // The mono theme's emphasis, with the configured one's: colours are what is dropped.
            Colors::None => Styles::mono().style(part).add_modifier(style.add_modifier),
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        self.style(if focused { Part::BorderFocused } else { Part::Border })
    }

    pub fn title(&self) -> Style {
        self.style(Part::Title)
    }

    pub fn dim(&self) -> Style {
        self.style(Part::Dim)
    }

    pub fn selected(&self) -> Style {
        self.style(Part::Selected)
    }

    pub fn selected_dim(&self) -> Style {
        self.style(Part::SelectedDim)
    }

    pub fn caption(&self) -> Style {
        self.style(Part::Caption)
    }

    pub fn caption_bar(&self) -> Style {
        self.style(Part::CaptionBar)
    }

    pub fn quote(&self) -> Style {
        self.style(Part::Quote)
    }

    pub fn active_quote(&self) -> Style {
        self.style(Part::ActiveQuote)
    }

    pub fn search_match(&self) -> Style {
        self.style(Part::SearchMatch)
    }

    pub fn current_match(&self) -> Style {
        self.style(Part::CurrentMatch)
    }

    pub fn chip(&self) -> Style {
        self.style(Part::Chip)
    }

    pub fn speaker(&self) -> Style {
        self.style(Part::Speaker)
    }

    /// The article's URL and file in its header.
    pub fn link(&self) -> Style {
        self.style(Part::Link)
    }

    pub fn status(&self) -> Style {
        self.style(Part::Status)
    }

    pub fn status_key(&self) -> Style {
        self.style(Part::StatusKey)
    }

    /// The key hints at the end of the status bar.
    pub fn status_hint(&self) -> Style {
        self.style(Part::StatusHint)
    }

    pub fn warning(&self) -> Style {
        self.style(Part::Warning)
    }

    /// A read article's title in the list, patched over an unread one's: not bold, unless the
    /// theme makes it so.
    pub fn read_title(&self) -> Style {
        let style = self.style(Part::ReadTitle);
        if style.add_modifier.contains(Modifier::BOLD) { style } else { style.remove_modifier(Modifier::BOLD) }
    }

    /// The star of a starred article (the star itself tells it without colour).
    pub fn star(&self) -> Style {
        self.style(Part::Star)
    }
}

/// `colour` as a terminal of `colors` (256 or 16) shows it.
fn fit(colour: Color, colors: Colors) -> Color {
    let rgb = match colour {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(n) if colors == Colors::Basic => indexed_rgb(n),
        other => return other,
    };
    let shade = SHADES.iter().find(|shade| shade.rgb == rgb);
    match colors {
        Colors::Indexed => Color::Indexed(shade.map_or_else(|| nearest_indexed(rgb), |s| s.indexed)),
        _ => shade.map_or_else(|| nearest_basic(rgb), |s| s.basic),
    }
}

/// The 16 ANSI colours as xterm shows them, in index order.
const BASIC: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The levels of the 256-colour palette's 6×6×6 cube.
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| u32::from(x.abs_diff(y)).pow(2);
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

/// The colour of a palette index: the 16, the cube, the greys.
fn indexed_rgb(n: u8) -> (u8, u8, u8) {
    match n {
        0..=15 => BASIC[usize::from(n)].1,
        16..=231 => {
            let n = n - 16;
            (CUBE[usize::from(n / 36)], CUBE[usize::from(n / 6 % 6)], CUBE[usize::from(n % 6)])
        }
        _ => {
            let grey = 8 + (n - 232) * 10;
            (grey, grey, grey)
        }
    }
}

/// The nearest of the cube and the greys (16–255); the 16 are left out, as terminals set them
/// as they like.
fn nearest_indexed(rgb: (u8, u8, u8)) -> u8 {
    (16..=255).min_by_key(|&n| distance(indexed_rgb(n), rgb)).unwrap_or(16)
}

fn nearest_basic(rgb: (u8, u8, u8)) -> Color {
    BASIC.iter().min_by_key(|(_, at)| distance(*at, rgb)).map_or(Color::Reset, |&(colour, _)| colour)
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
        for styles in [Styles::dark(), Styles::light(), Styles::mono()] {
            let theme = Theme::configured(styles, Colors::None);
            let emphasised = [
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
            for style in emphasised {
                assert!(!style.add_modifier.is_empty(), "{style:?}");
            }
            for part in Part::ALL {
                let style = theme.style(part);
                assert_eq!((style.fg, style.bg), (None, None), "{}", part.name());
            }
            // Each pair that must be told apart differs.
            assert_ne!(theme.border(true), theme.border(false));
            assert_ne!(theme.quote(), theme.active_quote());
            assert_ne!(theme.search_match(), theme.current_match());
        }
    }

    #[test]
    fn configured_colours_fit_the_terminal_and_keep_their_emphasis() {
        let mut styles = Styles::dark();
        styles.set(Part::Quote, Style::new().fg(Color::Rgb(0xd7, 0x87, 0x00)).add_modifier(Modifier::ITALIC));
        styles.set(Part::Speaker, Style::new().fg(Color::Indexed(196)));
        let quote = |colors| Theme::configured(styles, colors).quote();
        assert_eq!(quote(Colors::True).fg, Some(Color::Rgb(0xd7, 0x87, 0x00)));
        // #d78700 is in the cube: index 16 + 4·36 + 2·6 + 0.
        assert_eq!(quote(Colors::Indexed).fg, Some(Color::Indexed(172)));
        assert_eq!(quote(Colors::Basic).fg, Some(Color::Yellow));
        assert!(quote(Colors::None).add_modifier.contains(Modifier::ITALIC | Modifier::UNDERLINED));
        assert_eq!(Theme::configured(styles, Colors::Indexed).speaker().fg, Some(Color::Indexed(196)));
        assert_eq!(Theme::configured(styles, Colors::Basic).speaker().fg, Some(Color::LightRed));
    }

    #[test]
    fn a_read_title_is_not_bold_unless_the_theme_says_so() {
        let theme = Theme::new(Colors::True);
        assert!(theme.read_title().sub_modifier.contains(Modifier::BOLD));
        let mut styles = Styles::dark();
        styles.set(Part::ReadTitle, Style::new().add_modifier(Modifier::BOLD));
        assert!(!Theme::configured(styles, Colors::True).read_title().sub_modifier.contains(Modifier::BOLD));
    }
}
