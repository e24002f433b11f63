//! Date lines in Portuguese, Spanish, French, German, Italian, Indonesian, Russian and Dutch;
//! numeric dates read day first; prose in each language that mentions a date.

use super::*;

fn stamp(line: &str) -> Option<String> {
    parse_line(line).and_then(|d| d.best().cloned())
}

fn day_first(line: &str) -> Option<String> {
    parse_line_in(line, NumericOrder::DayFirst).and_then(|d| d.best().cloned())
}

fn check(cases: &[(&str, &str)]) {
    for (line, want) in cases {
        assert_eq!(day_first(line).as_deref(), Some(*want), "{line}");
    }
}

#[test]
fn portuguese() {
    check(&[
        ("Publicado em 18/03/2025 às 14h30", "2025-03-18T14:30"),
        ("12 de março de 2025", "2025-03-12"),
        ("Atualizado em 12/03/2025 - 10:00", "2025-03-12T10:00"),
        ("quarta-feira, 12 de março de 2025 às 09:41", "2025-03-12T09:41"),
        ("Quarta, 12 mar. 2025 às 9h", "2025-03-12T09:00"),
        ("1º de abril de 2025", "2025-04-01"),
        ("Por Ana Souza, 12/03/2025 às 14h30", "2025-03-12T14:30"),
    ]);
    let d =
        parse_line_in("Atualizado em 12/03/2025 às 18h05 | Publicado em 12/03/2025 às 14h30", NumericOrder::DayFirst);
    assert_eq!(d.as_ref().and_then(|d| d.published.as_deref()), Some("2025-03-12T14:30"));
    assert_eq!(d.as_ref().and_then(|d| d.updated.as_deref()), Some("2025-03-12T18:05"));
}

#[test]
fn spanish() {
    check(&[
        ("12 de marzo de 2025, 14:30", "2025-03-12T14:30"),
        ("Publicado el 12 de marzo de 2025 a las 14:30", "2025-03-12T14:30"),
        ("miércoles, 12 de marzo del 2025", "2025-03-12"),
        ("marzo 12 de 2025", "2025-03-12"),
        ("12 sept. 2025 - 08:15", "2025-09-12T08:15"),
    ]);
    let d = parse_line("Actualizado el 12 de marzo de 2025 a las 18:05").unwrap();
    assert_eq!((d.published, d.updated.as_deref()), (None, Some("2025-03-12T18:05")));
}

#[test]
fn french() {
    check(&[
        ("publié le 12 mars 2025 à 14h30", "2025-03-12T14:30"),
        ("mercredi 12 mars 2025", "2025-03-12"),
        ("Le 1er avril 2025 à 8h", "2025-04-01T08:00"),
        ("12 févr. 2025", "2025-02-12"),
        ("12 fevrier 2025", "2025-02-12"),
        ("12\u{a0}mars\u{a0}2025 à 14h30", "2025-03-12T14:30"),
    ]);
    let d = parse_line("Publié le 12 mars 2025 à 14h30, mis à jour le 12 mars 2025 à 18h05").unwrap();
    assert_eq!(d.published.as_deref(), Some("2025-03-12T14:30"));
    assert_eq!(d.updated.as_deref(), Some("2025-03-12T18:05"));
    let d = parse_line("Mis à jour le 12 mars 2025 à 18h05").unwrap();
    assert_eq!((d.published, d.updated.as_deref()), (None, Some("2025-03-12T18:05")));
}

#[test]
fn german() {
    check(&[
        ("Veröffentlicht am 12. März 2025, 14:30 Uhr", "2025-03-12T14:30"),
        ("Aktualisiert: 12.03.2025", "2025-03-12"),
        ("Mittwoch, 12. März 2025, 14.30 Uhr", "2025-03-12T14:30"),
        ("12. Maerz 2025", "2025-03-12"),
        ("12. Marz 2025", "2025-03-12"),
        ("12.03.2025, 14:30 Uhr MEZ", "2025-03-12T14:30+01:00"),
        ("12. März 2025 um 14 Uhr", "2025-03-12T14:00"),
        ("Von Anna Beispiel publiziert am 3. Juni 2024", "2024-06-03"),
    ]);
    let d = parse_line("Aktualisiert am 12. März 2025 um 18:05 Uhr | Veröffentlicht am 12. März 2025 um 14:30 Uhr");
    assert_eq!(d.and_then(|d| d.published).as_deref(), Some("2025-03-12T14:30"));
}

#[test]
fn italian() {
    check(&[
        ("12 marzo 2025 alle 14:30", "2025-03-12T14:30"),
        ("Pubblicato il 12 marzo 2025 alle 14.30", "2025-03-12T14:30"),
        ("mercoledì 12 marzo 2025", "2025-03-12"),
        ("mercoledi 12 marzo 2025 ore 9.05", "2025-03-12T09:05"),
        ("12 mag 2025", "2025-05-12"),
    ]);
    let d = parse_line("Aggiornato il 12 marzo 2025 alle 18:05").unwrap();
    assert_eq!((d.published, d.updated.as_deref()), (None, Some("2025-03-12T18:05")));
}

#[test]
fn indonesian() {
    check(&[
        ("Rabu, 12 Maret 2025 14:30 WIB", "2025-03-12T14:30+07:00"),
        ("Diterbitkan pada 12 Maret 2025 pukul 14.30 WIB", "2025-03-12T14:30+07:00"),
        ("Kamis, 14 Agu 2025 08:00 WITA", "2025-08-14T08:00+08:00"),
        ("12 Mei 2025", "2025-05-12"),
    ]);
    let d = parse_line("Diperbarui 12 Mar 2025, 18:05 WIB").unwrap();
    assert_eq!((d.published, d.updated.as_deref()), (None, Some("2025-03-12T18:05+07:00")));
}

#[test]
fn russian() {
    check(&[
        ("12 марта 2025, 14:30", "2025-03-12T14:30"),
        ("Опубликовано: 12.03.2025 14:30", "2025-03-12T14:30"),
        ("12 марта 2025 года в 14:30 МСК", "2025-03-12T14:30+03:00"),
        ("12 марта 2025 г., 14:30", "2025-03-12T14:30"),
        ("среда, 12 марта 2025", "2025-03-12"),
        ("14:30, 12 марта 2025", "2025-03-12T14:30"),
        ("1 мая 2025", "2025-05-01"),
        ("Текст: Анна Иванова · 12 сент. 2025", "2025-09-12"),
    ]);
    let d = parse_line("Обновлено 12 марта 2025 г. в 18:05").unwrap();
    assert_eq!((d.published, d.updated.as_deref()), (None, Some("2025-03-12T18:05")));
}

#[test]
fn dutch() {
    check(&[
        ("12 maart 2025 om 14:30", "2025-03-12T14:30"),
        ("Gepubliceerd op 12 mrt. 2025 14:30", "2025-03-12T14:30"),
        ("woensdag 12 maart 2025", "2025-03-12"),
    ]);
    let d = parse_line("Bijgewerkt op 12 maart 2025").unwrap();
    assert_eq!((d.published, d.updated.as_deref()), (None, Some("2025-03-12")));
}

#[test]
fn numeric_dates_either_way_round_follow_the_order() {
    assert_eq!(stamp("12/03/2025").as_deref(), Some("2025-12-03"));
    assert_eq!(day_first("12/03/2025").as_deref(), Some("2025-03-12"));
    assert_eq!(day_first("Publicado em 12/03/2025 14:30").as_deref(), Some("2025-03-12T14:30"));
    // One way only: the same under both orders.
    for line in ["18/03/2025", "03/18/2025"] {
        assert_eq!(stamp(line).as_deref(), Some("2025-03-18"), "{line}");
        assert_eq!(day_first(line).as_deref(), Some("2025-03-18"), "{line}");
    }
    // Dots and dashes were day first already; years first are unchanged.
    for line in ["03.04.2026", "03-04-2026"] {
        assert_eq!(stamp(line).as_deref(), Some("2026-04-03"), "{line}");
        assert_eq!(day_first(line).as_deref(), Some("2026-04-03"), "{line}");
    }
    assert_eq!(day_first("2026/04/03").as_deref(), Some("2026-04-03"));
    assert_eq!(parse_line("Jan 14, 2026"), parse_line_in("Jan 14, 2026", NumericOrder::DayFirst));
}

#[test]
fn prose_mentioning_a_date_is_not_a_date_line_in_any_language() {
    for line in [
        "O acordo assinado em 12 de março de 2025 entrou em vigor na semana passada.",
        "La cumbre del 12 de marzo de 2025 fue la primera en una década.",
        "Le sommet du 12 mars 2025 a été le premier depuis dix ans.",
        "Das Treffen am 12. März 2025 war das erste seit zehn Jahren.",
        "Il vertice del 12 marzo 2025 è stato il primo in dieci anni.",
        "Pertemuan pada 12 Maret 2025 adalah yang pertama dalam satu dekade.",
        "Встреча 12 марта 2025 года стала первой за десять лет.",
        "De top van 12 maart 2025 was de eerste in tien jaar.",
        "A lei aprovada em 12/03/2025 começa a valer no próximo mês.",
    ] {
        assert_eq!(parse_line_in(line, NumericOrder::DayFirst), None, "{line}");
    }
}

#[test]
fn a_label_inside_a_sentence_does_not_make_it_a_date_line() {
    for line in [
        "The report published on Jan 14, 2026 shows prices rose sharply.",
        "Le rapport publié le 12 mars 2025 montre que les prix ont augmenté.",
        "O relatório publicado em 12/03/2025 mostra que os preços subiram.",
        "El informe actualizado el 12 de marzo de 2025 confirma la caída de las ventas.",
        "Der am 12. März 2025 veröffentlichte Bericht zeigt steigende Preise.",
        "Il decreto pubblicato il 12 marzo 2025 è in vigore.",
        "Отчёт, опубликованный 12 марта 2025 года, показал рост цен.",
    ] {
        assert_eq!(parse_line_in(line, NumericOrder::DayFirst), None, "{line}");
    }
    // Metadata around a labelled stamp is no sentence.
    assert!(parse_line("Publicado em 12/03/2025 às 14h30 - Tempo de leitura: 3 min").is_some());
    assert!(parse_line("Posted in World News on Jan 14, 2026 by Jane Doe").is_some());
}

#[test]
fn month_names_stand_as_whole_words() {
    // `марта` inside `смарта`, `mars` inside `Demars`: no month.
    assert_eq!(parse_line("смарта 12, 2025"), None);
    assert_eq!(parse_line("Demars 12, 2025"), None);
    assert_eq!(parse_line("12 smarzo 2025"), None);
    // A date glued to a word is none, in any script.
    assert_eq!(parse_line("Issue12.03.2025"), None);
    assert_eq!(parse_line("Выпуск12.03.2025"), None);
    assert_eq!(parse_line("Numéro12.03.2025"), None);
    // Times need their own shape: `3hours` is no `3h`, and an hour alone needs a word before
    // it (`à 8h`): `5h ago` is an age.
    assert_eq!(stamp("12 mars 2025 à 3hours").as_deref(), Some("2025-03-12"));
    assert_eq!(stamp("Jan 14, 2026 · 5h ago").as_deref(), Some("2026-01-14"));
    // `14.30` after a date alone stays a number (no zone, no `Uhr`, no word leading to it).
    assert_eq!(stamp("12.03.2025 14.30").as_deref(), Some("2025-03-12"));
}
