//! Calendar words of date lines: month and weekday names, zones, the labels that say published
//! or updated, and the small words between a date's parts, in English, Portuguese, Spanish,
//! French, German, Italian, Indonesian, Russian and Dutch (and the Korean and Japanese labels).
//!
//! Month and weekday names come from CLDR (the Unicode Common Locale Data Repository): the
//! blocks between the `cldr:` markers are the output of `scripts/cldr_date_words.py`, which
//! reads them from the CLDR data shipped in Babel and checks these tables against it
//! (`--check`); the script is a reference tool, nothing of it is built or run by cargo. Each
//! list then holds, below the block, the spellings pages use that CLDR does not list. Labels,
//! fillers and zones are not calendar data (CLDR has no word for "published"): they are kept by
//! hand, from news pages' date lines.

use super::{WordMap, WordSet};

/// English month names and abbreviations, with their number: the months other modules look for
/// in English text (comment headers, speaker phrases). Date lines read [`MONTH_NAMES`].
pub const MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("january", 1),
    ("feb", 2),
    ("february", 2),
    ("mar", 3),
    ("march", 3),
    ("apr", 4),
    ("april", 4),
    ("may", 5),
    ("jun", 6),
    ("june", 6),
    ("jul", 7),
    ("july", 7),
    ("aug", 8),
    ("august", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("oct", 10),
    ("october", 10),
    ("nov", 11),
    ("november", 11),
    ("dec", 12),
    ("december", 12),
];

/// Month names of every language a date line is read in, lower-case, with their number: CLDR's
/// wide and abbreviated names (format and stand-alone: Russian `марта` and `март`), without
/// the abbreviations' dot, plus the unaccented spellings of Spanish, French, German and
/// Italian names (`fevrier`, `marz`).
#[rustfmt::skip]
pub static MONTH_NAMES: WordMap = WordMap::new(&[
    // cldr: months 47
    ("abr", 4), ("abril", 4), ("ago", 8), ("agosto", 8), ("agu", 8), ("agustus", 8),
    ("aout", 8), ("août", 8), ("apr", 4), ("april", 4), ("aprile", 4), ("aug", 8),
    ("august", 8), ("augustus", 8), ("avr", 4), ("avril", 4), ("dec", 12), ("december", 12),
    ("decembre", 12), ("des", 12), ("desember", 12), ("dez", 12), ("dezember", 12), ("dezembro", 12),
    ("dic", 12), ("dicembre", 12), ("diciembre", 12), ("déc", 12), ("décembre", 12), ("ene", 1),
    ("enero", 1), ("feb", 2), ("febbraio", 2), ("febrero", 2), ("februar", 2), ("februari", 2),
    ("february", 2), ("fev", 2), ("fevereiro", 2), ("fevr", 2), ("fevrier", 2), ("févr", 2),
    ("février", 2), ("gen", 1), ("gennaio", 1), ("giu", 6), ("giugno", 6), ("jan", 1),
    ("janeiro", 1), ("januar", 1), ("januari", 1), ("january", 1), ("janv", 1), ("janvier", 1),
    ("juil", 7), ("juillet", 7), ("juin", 6), ("jul", 7), ("julho", 7), ("juli", 7),
    ("julio", 7), ("july", 7), ("jun", 6), ("june", 6), ("junho", 6), ("juni", 6),
    ("junio", 6), ("lug", 7), ("luglio", 7), ("maart", 3), ("mag", 5), ("maggio", 5),
    ("mai", 5), ("maio", 5), ("mar", 3), ("march", 3), ("maret", 3), ("mars", 3),
    ("marz", 3), ("marzo", 3), ("março", 3), ("may", 5), ("mayo", 5), ("mei", 5),
    ("mrt", 3), ("mär", 3), ("märz", 3), ("nov", 11), ("november", 11), ("novembre", 11),
    ("novembro", 11), ("noviembre", 11), ("oct", 10), ("october", 10), ("octobre", 10), ("octubre", 10),
    ("okt", 10), ("oktober", 10), ("ott", 10), ("ottobre", 10), ("out", 10), ("outubro", 10),
    ("sep", 9), ("sept", 9), ("september", 9), ("septembre", 9), ("septiembre", 9), ("set", 9),
    ("setembro", 9), ("settembre", 9), ("авг", 8), ("август", 8), ("августа", 8), ("апр", 4),
    ("апрель", 4), ("апреля", 4), ("дек", 12), ("декабрь", 12), ("декабря", 12), ("июл", 7),
    ("июль", 7), ("июля", 7), ("июн", 6), ("июнь", 6), ("июня", 6), ("май", 5),
    ("мар", 3), ("март", 3), ("марта", 3), ("мая", 5), ("нояб", 11), ("ноябрь", 11),
    ("ноября", 11), ("окт", 10), ("октябрь", 10), ("октября", 10), ("сент", 9), ("сентябрь", 9),
    ("сентября", 9), ("февр", 2), ("февраль", 2), ("февраля", 2), ("янв", 1), ("январь", 1),
    ("января", 1),
    // cldr: end
    // Not in CLDR, seen on pages: German `Maerz`, Spanish `setiembre` (Peru, Uruguay),
    // Indonesian `Agt`, Russian three-letter abbreviations.
    ("agt", 8), ("maerz", 3), ("setiembre", 9), ("сен", 9), ("ноя", 11), ("фев", 2),
]);

/// Weekday names, skipped when they stand before or after a date: CLDR's wide names (English
/// abbreviations too; other languages' abbreviations clash with months and short words).
pub static WEEKDAYS: WordSet = WordSet::new(&[
    // cldr: weekdays 47
    "dienstag", "dimanche", "dinsdag", "domenica", "domingo", "donderdag", "donnerstag", "freitag", "fri", "friday",
    "giovedi", "giovedì", "jeudi", "jueves", "jumat", "kamis", "lundi", "lunedi", "lunedì", "lunes", "maandag",
    "mardi", "martedi", "martedì", "martes", "mercoledi", "mercoledì", "mercredi", "miercoles", "minggu", "mittwoch",
    "miércoles", "mon", "monday", "montag", "quarta-feira", "quinta-feira", "rabu", "sabado", "sabato", "sabtu",
    "samedi", "samstag", "sat", "saturday", "segunda-feira", "selasa", "senin", "sexta-feira", "sonntag", "sun",
    "sunday", "sábado", "terça-feira", "thu", "thursday", "tue", "tuesday", "vendredi", "venerdi", "venerdì",
    "viernes", "vrijdag", "wed", "wednesday", "woensdag", "zaterdag", "zondag", "воскресенье", "вторник",
    "понедельник", "пятница", "среда", "суббота", "четверг",
    // cldr: end
    // Not in CLDR: English abbreviations with more letters, Portuguese names without
    // `-feira` and without accents, the Indonesian `Ahad` (Sunday).
    "ahad", "quarta", "quinta", "segunda", "sexta", "terca", "terca-feira", "terça", "thur", "thurs", "tues",
]);

/// Zone names and their offsets. US zones without S/D (ET, PT …) follow daylight saving.
pub const ZONES: &[(&str, &str)] = &[
    ("aedt", "+11:00"),
    ("aest", "+10:00"),
    ("brt", "-03:00"),
    ("bst", "+01:00"),
    ("cdt", "-05:00"),
    ("cest", "+02:00"),
    ("cet", "+01:00"),
    ("cst", "-06:00"),
    ("edt", "-04:00"),
    ("eest", "+03:00"),
    ("eet", "+02:00"),
    ("est", "-05:00"),
    ("gmt", "+00:00"),
    ("hkt", "+08:00"),
    ("ict", "+07:00"),
    ("ist", "+05:30"),
    ("jst", "+09:00"),
    ("kst", "+09:00"),
    ("mdt", "-06:00"),
    ("mesz", "+02:00"),
    ("mez", "+01:00"),
    ("msk", "+03:00"),
    ("mst", "-07:00"),
    ("nzdt", "+13:00"),
    ("nzst", "+12:00"),
    ("pdt", "-07:00"),
    ("pht", "+08:00"),
    ("pst", "-08:00"),
    ("sgt", "+08:00"),
    ("ut", "+00:00"),
    ("utc", "+00:00"),
    ("wet", "+00:00"),
    ("wib", "+07:00"),
    ("wit", "+09:00"),
    ("wita", "+08:00"),
    ("z", "+00:00"),
];

/// Zone names in Cyrillic after a time (`14:30 МСК`), as they are written.
pub const CYRILLIC_ZONES: &[(&str, &str)] = &[("МСК", "+03:00"), ("мск", "+03:00")];

/// `(name, standard offset, daylight offset)` for zone names that do not say which.
pub const SEASONAL_ZONES: &[(&str, &str, &str)] =
    &[("ct", "-06:00", "-05:00"), ("et", "-05:00", "-04:00"), ("mt", "-07:00", "-06:00"), ("pt", "-08:00", "-07:00")];

/// Words before a date that make it the publication date (matched inside the lower-cased
/// words before it, so `publicado` also stands for `publicado em`). One language a line.
#[rustfmt::skip]
pub const PUBLISHED_LABELS: &[&str] = &[
    "created", "first published", "posted", "published", "released", "written",
    "公開", "掲載", "配信",
    "게재", "등록", "입력", "작성",
    "publicado", "publicada", "postado", "fecha de publicación",
    "publié", "publiée", "publie le",
    "veröffentlicht", "veroeffentlicht", "publiziert", "erschienen",
    "pubblicato", "pubblicata",
    "diterbitkan", "dipublikasikan", "dipublikasi", "diposting",
    "опубликовано", "опубликован", "опубликована", "дата публикации",
    "gepubliceerd", "geplaatst",
];

/// Words before a date that make it an update. One language a line.
#[rustfmt::skip]
pub const UPDATED_LABELS: &[&str] = &[
    "edited", "last modified", "last updated", "modified", "revised", "update", "updated",
    "更新",
    "수정",
    "atualizado", "atualizada", "atualização", "actualizado", "actualizada", "actualización",
    "mis à jour", "mise à jour", "mis a jour", "mise a jour", "modifié", "modifiée",
    "aktualisiert", "geändert",
    "aggiornato", "aggiornata", "aggiornamento",
    "diperbarui", "diperbaharui", "pembaruan",
    "обновлено", "обновлен", "обновлён", "изменено",
    "bijgewerkt", "gewijzigd",
];

/// Lower-case words of a date line's metadata besides fillers: reading times, ages, counts.
/// One language a line.
#[rustfmt::skip]
pub static DATE_LINE_WORDS: WordSet = WordSet::new(&[
    "ago", "and", "comments", "edited", "hour", "hours", "last", "min", "mins", "minute", "minutes", "modified",
    "posted", "published", "read", "the", "updated", "views", "with", "written",
    "comentários", "leitura", "minutos",
    "comentarios", "lectura",
    "commentaires", "lecture",
    "kommentare", "lesezeit", "minuten",
    "commenti", "lettura", "minuti",
    "baca", "komentar", "menit",
    "комментарии", "мин", "минут", "минуты", "чтения",
    "leestijd", "reacties",
]);

/// Other words a date line may hold without being prose: the small words of `Publicado em …
/// às …`, `publié le … à …`, `am … um … Uhr`, `il … alle …`, `pada … pukul …`, `… 2025 г. в …`.
/// One language a line.
#[rustfmt::skip]
pub static DATE_FILLER: WordSet = WordSet::new(&[
    "am", "at", "date", "day", "of", "on", "pm", "time",
    "日", "日時",
    "기사입력", "승인", "최종수정",
    "as", "às", "de", "em",
    "a", "del", "el", "las",
    "à", "h", "le",
    "den", "uhr", "um",
    "alle", "il", "ore",
    "jam", "pada", "pukul",
    "в", "г", "года",
    "om", "op",
]);

/// Words between a date and its time (`às 14h30`, `a las 14:30`, `alle 14.30`, `pukul 14.30`,
/// `2025 г. в 14:30`): skipped there, and after one a time may be written with a dot.
pub static TIME_LINKS: WordSet =
    WordSet::new(&["a", "alle", "as", "at", "à", "às", "jam", "las", "om", "ore", "pukul", "um", "г", "года", "в"]);

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::parse::lexicon::{FOLD_MAX, contains};

    #[test]
    fn month_names_are_lower_case_words_of_one_month_each() {
        let mut seen = HashSet::new();
        for (name, month) in MONTH_NAMES.entries {
            assert!((1..=12).contains(month), "{name}");
            assert_eq!(name.to_lowercase(), *name, "month names must be lower-case");
            assert!(name.chars().all(char::is_alphabetic), "{name}");
            assert!(name.len() <= FOLD_MAX, "{name} is longer than the folding buffer");
            assert!(seen.insert(*name), "{name} twice");
            assert!(!contains(&WEEKDAYS, name), "{name} is a weekday too");
        }
        for (name, month) in MONTHS {
            assert_eq!(MONTH_NAMES.get_folded(name), Some(*month), "{name}");
        }
        for name in ["March", "março", "MARZO", "mars", "März", "Maret", "марта", "Март", "maart"] {
            assert_eq!(MONTH_NAMES.get_folded(name), Some(3), "{name}");
        }
    }

    #[test]
    fn weekdays_and_links_are_lower_case_words() {
        for (name, list) in
            [("WEEKDAYS", &WEEKDAYS), ("TIME_LINKS", &TIME_LINKS), ("DATE_LINE_WORDS", &DATE_LINE_WORDS)]
        {
            let unique: HashSet<_> = list.words.iter().collect();
            assert_eq!(unique.len(), list.words.len(), "{name} holds a word twice");
            for w in list.words {
                assert_eq!(w.to_lowercase(), *w, "{name}: {w}");
                assert!(w.chars().all(|c| c.is_alphabetic() || c == '-'), "{name}: {w}");
                assert!(w.len() <= FOLD_MAX, "{name}: {w} is longer than the folding buffer");
            }
        }
        // A link left beside a date without a time is no word of prose.
        for w in TIME_LINKS.words {
            assert!(contains(&DATE_FILLER, w), "{w} must be a filler too");
        }
        for label in PUBLISHED_LABELS.iter().chain(UPDATED_LABELS) {
            assert_eq!(label.to_lowercase(), *label, "labels are matched in lower-cased text");
        }
    }
}
