//! The loader against real folders: both passes, the cache (a second start, what changed since,
//! damage), files gone while loading, and the folder watcher.

use super::*;
use std::fs;

#[test]
fn lists_everything_then_parses_every_page_then_finishes() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        let page = format!("Title {i}\n\nBody number {i}, “a quote here,” she said.\n\n#tag{}", i % 3);
        fs::write(dir.path().join(format!("{i:03}.txt")), page).unwrap();
    }
    fs::write(dir.path().join("bad.txt"), b"\0\0\0binary").unwrap();
    fs::write(dir.path().join("z.json"), r#"[{"title": "J1"}, {"title": "J2"}]"#).unwrap();
    let loader = spawn_loader(vec![dir.path().to_path_buf()], Vec::new());
    let (mut found, mut listed, mut failed, mut files, mut parsed) = (0, None, 0, 0, 0);
    let (mut light, mut numbers, mut indexed, mut grams, mut tag_names) = (0, 0, 0, 0, Vec::new());
    for event in loader.events.iter() {
        match event {
            LoadEvent::Found(n) => found = n,
            LoadEvent::Read { articles, new_tags, files: f } => {
                files += f;
                // Each page has one tag; the JSON articles have none.
                assert!(articles.iter().all(|a| a.tags.len() == usize::from(!a.parsed)));
                tag_names.extend(new_tags);
                light += articles.iter().filter(|a| !a.parsed).count();
                numbers += articles.len() as u32;
            }
            LoadEvent::Listed(n) => listed = Some(n),
            LoadEvent::Parsed(read) => {
                assert!(listed.is_some(), "pass 2 after pass 1");
                for Replacement { number, article, tags } in read {
                    assert!(number < numbers && article.packed_body().is_some() && tags.len() == 1);
                    parsed += 1;
                }
            }
            LoadEvent::Indexed(index) => {
                indexed = index.len();
                // The common grams came through: `a` and a space before `quote` in each page.
                grams = match index.lookup("a q") {
                    crate::index::Lookup::Partly { hits, .. } => hits.count(),
                    _ => 0,
                };
            }
            LoadEvent::Failed(_) => failed += 1,
            LoadEvent::Articles { .. } | LoadEvent::Removed(_) => panic!("the loader sends passes"),
            LoadEvent::Notice(line) => panic!("no notice without a cache: {line}"),
            LoadEvent::Finished => break,
        }
    }
    assert_eq!((found, files, failed, light, listed, parsed), (302, 302, 1, 300, Some(300), 300));
    assert_eq!((numbers, indexed, grams), (302, 302, 300));
    tag_names.sort();
    assert_eq!(tag_names, ["tag0", "tag1", "tag2"]);
}
