//! `[theme]`: `base = "dark" | "light" | "mono"` (dark when unsaid), then any part's style in
//! words (`quote = "yellow italic"`, `status = "white on #1e1e28"`).

use toml::de::DeTable;

use crate::theme::{BUILT_IN, Part, Theme, parse_style};

use super::{Problems, string};

/// The theme `[theme]` describes.
pub fn read(table: &DeTable, problems: &mut Problems) -> Theme {
    let mut theme = Theme::dark();
    if let Some((_, value)) = table.iter().find(|(k, _)| k.get_ref() == "base")
        && let Some(base) = string(value, "base", problems)
    {
        match Theme::built_in(base) {
            Some(built_in) => theme = built_in,
            None => problems.at(
                value.span(),
                format_args!("unknown theme `{base}` (the built-in themes are {})", BUILT_IN.join(", ")),
            ),
        }
    }
    for (name, value) in table.iter().filter(|(k, _)| k.get_ref() != "base") {
        let Some(part) = Part::from_name(name.get_ref()) else {
            problems.at(
                name.span(),
                format_args!("unknown part `{}` (`tidings config --default` lists them)", name.get_ref()),
            );
            continue;
        };
        let Some(words) = string(value, "a style", problems) else { continue };
        match parse_style(words) {
            Ok(style) => theme.set(part, style),
            Err(why) => problems.at(value.span(), format_args!("{}: {why}", part.name())),
        }
    }
    theme
}
