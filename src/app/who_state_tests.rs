//! Who said what with the reading state: the views by state narrow the quotes, the keys that
//! act on an article act on the selected quote's, removed articles leave, and the speaker,
//! source and date filters come back at the next start.

use super::*;
use crate::app::Effect;
use crate::store::state::{self, StateEvent};

#[test]
fn the_view_by_reading_state_narrows_the_quotes_and_the_pickers_counts() {
    let mut app = app();
    // "Chip exports" is the newest, first in the list: read it.
    app.update(Action::ToggleRead, now());
    app.update(Action::ShowUnread, now());
    app.update(Action::ToggleQuotesView, now());
    assert_eq!(
        quotes(&app),
        [
            "Choi Hyun-woo: a bridge both cities built",
            "(unknown): we sail on time",
            "한결: 보답하겠다",
            "森田早苗: stay safe"
        ]
    );
    app.update(Action::OpenSpeakerPicker, now());
    assert_eq!(picker(&app), ["(unknown) 1", "Choi Hyun-woo 1", "森田早苗 1", "한결 1"]);
    app.update(Action::Back, now());
    app.update(Action::ShowAll, now());
    assert_eq!(quotes(&app).len(), 6);
}

#[test]
fn keys_that_act_on_an_article_act_on_the_selected_quotes_article() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    // The third quote: Choi's in "Ferry launch"; the list still selects "Chip exports".
    (0..2).for_each(|_| app.update(Action::Down, now()));
    app.update(Action::CopyQuote, now());
    let Some(Effect::Copy { text, .. }) = app.take_effect() else { panic!("nothing copied") };
    assert!(text.starts_with("“a bridge both cities built”\n— Choi Hyun-woo, Ferry launch"), "{text}");
    app.update(Action::Down, now());
    app.update(Action::ToggleStar, now());
    let ferry = app.view().iter().copied().find(|&n| app.corpus().get(n).unwrap().title() == "Ferry launch");
    assert!(app.marks().is_starred(ferry.unwrap()));
    app.update(Action::CopyQuote, now());
    let Some(Effect::Copy { text, .. }) = app.take_effect() else { panic!("nothing copied") };
    assert!(text.starts_with("“we sail on time”\n— Ferry launch"), "{text}");
    // Still in the quotes view, on the same quote, and the article is not marked read.
    assert!(app.quotes_view().is_shown());
    assert_eq!(app.quotes_view().cursor(), 3);
    assert!(!app.marks().is_read(ferry.unwrap()));
}

#[test]
fn space_chooses_in_a_picker_until_a_name_is_typed_then_is_a_space() {
    let mut app = app();
    app.update(Action::OpenSpeakerPicker, now());
    app.update(Action::Input(' '), now());
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch"]);
    app.update(Action::Input(' '), now());
    assert_eq!(titles(&app).len(), 5, "a second Space lets Choi go");
    type_text(&mut app, "森田 ");
    let Some(Popup::Facet(picker)) = app.popup() else { panic!("the picker closed") };
    assert_eq!(picker.filter(), "森田 ");
    assert_eq!(titles(&app).len(), 5);
}

#[test]
fn an_article_whose_file_is_gone_leaves_the_quotes_and_the_counts() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    let chip = app.view()[0];
    app.on_load(LoadEvent::Removed(vec![chip]), now());
    app.tick(TimeSlice::one_chunk(Instant::now() + std::time::Duration::from_secs(1)));
    assert_eq!(quotes(&app).len(), 4);
    app.update(Action::OpenSourcePicker, now());
    assert_eq!(picker(&app), ["Yonhap 2", "Eastgate Daily 1", "Kyodo 1"]);
    app.update(Action::Back, now());
    app.update(Action::OpenSpeakerPicker, now());
    assert_eq!(picker(&app), ["(unknown) 1", "Choi Hyun-woo 1", "森田早苗 1", "한결 1"]);
}

/// The reader of `app()` connected to the state in `dir`, with these filters given at the
/// start, the state loaded.
fn connected(dir: &std::path::Path, start: StartFilters) -> (App, state::StateHandle) {
    let mut app = app();
    app.set_start_filters(start);
    let (handle, events) = state::spawn(Some(dir.to_path_buf()), "set".into());
    app.connect_state(handle.clone(), "set".into(), false);
    match events.recv().unwrap() {
        event @ StateEvent::Loaded { .. } => app.on_state(event, now()),
        StateEvent::Problem(line) => panic!("{line}"),
    }
    (app, handle)
}

fn asked(app: &App, facet: Facet) -> Vec<String> {
    app.facets().filter(facet).names(facet.names(app.corpus()))
}

#[test]
fn speakers_sources_and_dates_come_back_at_the_next_start_unless_given_again() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut app, handle) = connected(dir.path(), StartFilters::default());
        app.update(Action::OpenSpeakerPicker, now());
        pick(&mut app, "Choi");
        app.update(Action::Back, now());
        app.update(Action::OpenSourcePicker, now());
        pick(&mut app, "Yonhap");
        app.update(Action::Back, now());
        app.update(Action::EditDates, now());
        type_text(&mut app, "last 3 days");
        app.update(Action::Confirm, now());
        app.update(Action::ToggleQuotesView, now());
        assert_eq!(quotes(&app), ["Choi Hyun-woo: exports will hold"]);
        handle.flush();
    }
    let (app, _handle) = connected(dir.path(), StartFilters::default());
    assert_eq!(asked(&app, Facet::Speakers), ["Choi Hyun-woo"]);
    assert_eq!(asked(&app, Facet::Sources), ["Yonhap"]);
    assert_eq!(app.facets().dates().text(), "last 3 days");
    assert!(app.quotes_view().is_shown());
    assert_eq!(quotes(&app), ["Choi Hyun-woo: exports will hold"]);
    // A speaker given on the command line wins; the source and dates remembered still come.
    let start = StartFilters { speakers: vec!["森田早苗".into()], ..StartFilters::default() };
    let (app, _handle) = connected(dir.path(), start);
    assert_eq!(asked(&app, Facet::Speakers), ["森田早苗"]);
    assert_eq!(asked(&app, Facet::Sources), ["Yonhap"]);
    assert_eq!(quotes(&app), ["森田早苗: 協力を深めたい"]);
}
