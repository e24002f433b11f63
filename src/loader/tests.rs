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
            LoadEvent::Unreadable { .. } => panic!("no file changes in this test"),
            LoadEvent::Notice(line) => panic!("no notice without a cache: {line}"),
            LoadEvent::Grams(_) => panic!("no grams without a cache"),
            LoadEvent::Finished => break,
        }
    }
    assert_eq!((found, files, failed, light, listed, parsed), (302, 302, 1, 300, Some(300), 300));
    assert_eq!((numbers, indexed, grams), (302, 302, 300));
    tag_names.sort();
    assert_eq!(tag_names, ["tag0", "tag1", "tag2"]);
}

/// Loads `dir` with the cache in `cache` (of parser `parser`) until `Finished`: how many
/// articles came whole from the cache, how many were parsed, how many removed.
fn load_cached(dir: &std::path::Path, cache: &std::path::Path, parser: u64) -> (usize, usize, usize) {
    let set = crate::store::cache::CacheSet::new(cache, "set", parser);
    let options = LoaderOptions { cache: Some(set), watch: false };
    let loader = spawn_loader_with(vec![dir.to_path_buf()], Vec::new(), options);
    let (mut cached, mut parsed, mut removed) = (0, 0, 0);
    for event in loader.events.iter() {
        match event {
            LoadEvent::Read { articles, .. } => {
                cached += articles.iter().filter(|a| a.parsed && !a.article.title().is_empty()).count()
            }
            LoadEvent::Parsed(read) => parsed += read.len(),
            LoadEvent::Removed(numbers) => removed += numbers.len(),
            LoadEvent::Finished => break,
            _ => {}
        }
    }
    // The cache is written after `Finished`: wait for the loader's thread to end.
    while loader.events.recv().is_ok() {}
    (cached, parsed, removed)
}

#[test]
fn the_cache_is_used_while_files_are_unchanged_and_invalidated_when_they_change() {
    let (dir, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for i in 0..40 {
        fs::write(dir.path().join(format!("{i:02}.txt")), format!("Title {i}\n\nBody {i} here.\n")).unwrap();
    }
    assert_eq!(load_cached(dir.path(), cache.path(), 1), (0, 40, 0), "first start parses");
    assert_eq!(load_cached(dir.path(), cache.path(), 1), (40, 0, 0), "second start parses nothing");
    // Edit one, touch one (same bytes, new time), delete one, rename one.
    fs::write(dir.path().join("00.txt"), "Title 0\n\nBody 0 edited.\n").unwrap();
    let touched = fs::File::options().write(true).open(dir.path().join("01.txt")).unwrap();
    touched.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5)).unwrap();
    fs::remove_file(dir.path().join("02.txt")).unwrap();
    fs::rename(dir.path().join("03.txt"), dir.path().join("renamed.txt")).unwrap();
    let (cached, parsed, _) = load_cached(dir.path(), cache.path(), 1);
    assert_eq!((cached, parsed), (36, 3), "edited, touched and renamed are parsed again; deleted is gone");
    assert_eq!(load_cached(dir.path(), cache.path(), 1), (39, 0, 0));
    // Another parser: nothing of the cache is used.
    assert_eq!(load_cached(dir.path(), cache.path(), 2), (0, 39, 0));
    // A damaged cache is rebuilt.
    let sets = cache.path().join("sets");
    for set in fs::read_dir(&sets).unwrap() {
        for file in fs::read_dir(set.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.file_name().unwrap().to_string_lossy().starts_with("shard") {
                fs::write(&path, b"garbage").unwrap();
            }
        }
    }
    assert_eq!(load_cached(dir.path(), cache.path(), 2).1, 39, "damaged shards parsed again");
    assert_eq!(load_cached(dir.path(), cache.path(), 2), (39, 0, 0));
    // Deleting the cache is safe.
    fs::remove_dir_all(&sets).unwrap();
    assert_eq!(load_cached(dir.path(), cache.path(), 2), (0, 39, 0));
}

#[test]
fn the_watcher_sees_files_added_changed_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "First title\n\nBody.\n").unwrap();
    let options = LoaderOptions { cache: None, watch: true };
    let loader = spawn_loader_with(vec![dir.path().to_path_buf()], Vec::new(), options);
    let wait = std::time::Duration::from_secs(10);
    let mut titles = Vec::new();
    let next = |titles: &mut Vec<String>| -> Option<usize> {
        match loader.events.recv_timeout(wait).ok()? {
            LoadEvent::Read { articles, .. } => {
                titles.extend(articles.iter().map(|a| a.article.title().to_string()));
                Some(0)
            }
            LoadEvent::Removed(numbers) => Some(numbers.len()),
            _ => Some(0),
        }
    };
    while !titles.iter().any(|t| t == "First title") {
        next(&mut titles).expect("the first load");
    }
    // Let the watcher settle before changing anything.
    std::thread::sleep(std::time::Duration::from_millis(300));
    fs::write(dir.path().join("b.txt"), "Second title\n\nBody.\n").unwrap();
    while !titles.iter().any(|t| t == "Second title") {
        next(&mut titles).expect("the new file read");
    }
    fs::write(dir.path().join("a.txt"), "First title changed\n\nBody.\n").unwrap();
    let mut removed = 0;
    while !titles.iter().any(|t| t == "First title changed") {
        removed += next(&mut titles).expect("the changed file read");
    }
    assert!(removed >= 1, "the old version of a changed file is removed");
    fs::remove_file(dir.path().join("b.txt")).unwrap();
    let mut removed = 0;
    while removed == 0 {
        removed += next(&mut titles).expect("the removed file dropped");
    }
}

#[test]
fn files_that_vanish_while_loading_are_dropped_and_loading_ends() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("articles");
    fs::create_dir(&dir).unwrap();
    for i in 0..2000 {
        fs::write(dir.join(format!("{i:04}.txt")), format!("Title {i}\n\nBody {i} here.\n")).unwrap();
    }
    let loader = spawn_loader(vec![dir.clone()], Vec::new());
    let mut app = crate::app::App::new(Vec::new());
    let now = || crate::app::TimeSlice::new(std::time::Instant::now());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut gone = false;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let event = loader.events.recv_timeout(left).expect("loading ends even when its files vanish");
        let (read, finished) = (matches!(event, LoadEvent::Read { .. }), matches!(event, LoadEvent::Finished));
        app.on_load(event, now());
        // Every file at once, as pass 1 lists them and before pass 2 reads them again.
        if read && !gone {
            fs::rename(&dir, root.path().join("elsewhere")).unwrap();
            gone = true;
        }
        if finished {
            break;
        }
    }
    assert!(gone && !app.is_loading());
    assert_eq!(app.view().len(), 0, "no article of a vanished file is left waiting for its full parse");
    assert!(!app.loading().failures().is_empty(), "the vanished files are said");
}

#[test]
fn a_damaged_shard_in_a_fast_start_parses_its_files_again_and_keeps_the_others() {
    let (dir, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for i in 0..600 {
        fs::write(dir.path().join(format!("{i:03}.txt")), format!("Title {i}\n\nBody {i} here.\n")).unwrap();
    }
    assert_eq!(load_cached(dir.path(), cache.path(), 3), (0, 600, 0));
    let folder = fs::read_dir(cache.path().join("sets")).unwrap().next().unwrap().unwrap().path();
    let mut shards: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("shard"))
        .collect();
    shards.sort();
    assert!(shards.len() >= 2, "the test needs more than one shard: {shards:?}");
    let mut bytes = fs::read(&shards[0]).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    fs::write(&shards[0], bytes).unwrap();
    // The second start streams the shards: the damaged one's files are emptied, removed and
    // parsed again after every number the cache had; every other file comes from the cache.
    let set = crate::store::cache::CacheSet::new(cache.path(), "set", 3);
    let options = LoaderOptions { cache: Some(set), watch: false };
    let loader = spawn_loader_with(vec![dir.path().to_path_buf()], Vec::new(), options);
    let (mut cached, mut parsed, mut removed, mut notices, mut titles) = (0, 0, 0, Vec::new(), Vec::new());
    let (mut found, mut files) = (0, 0);
    for event in loader.events.iter() {
        match event {
            LoadEvent::Found(n) => found = n,
            LoadEvent::Read { articles, files: f, .. } => {
                files += f;
                for a in articles.iter().filter(|a| !a.article.title().is_empty()) {
                    cached += usize::from(a.parsed);
                    titles.push(a.article.title().to_string());
                }
            }
            LoadEvent::Parsed(read) => {
                parsed += read.len();
                titles.extend(read.iter().map(|r| r.article.title().to_string()));
            }
            LoadEvent::Removed(numbers) => removed += numbers.len(),
            LoadEvent::Notice(line) => notices.push(line),
            LoadEvent::Finished => break,
            _ => {}
        }
    }
    while loader.events.recv().is_ok() {}
    assert_eq!(notices, [DAMAGED]);
    assert!(parsed > 0 && parsed < 600, "{parsed}");
    assert_eq!((cached + parsed, removed, found, files), (600, parsed, 600, 600));
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), 600, "every article once");
    // The cache written after is whole again.
    assert_eq!(load_cached(dir.path(), cache.path(), 3).0, 600);
}

#[test]
fn frequent_grams_kept_beside_the_index_come_back_after_the_next_start() {
    let (dir, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for i in 0..200 {
        let page = format!("Title {i}\n\nThe government said {} things today.\n", ["many", "few"][i % 2]);
        fs::write(dir.path().join(format!("{i:03}.txt")), page).unwrap();
    }
    let set = crate::store::cache::CacheSet::new(cache.path(), "set", 5);
    let load = || {
        let options = LoaderOptions { cache: Some(set.clone()), watch: false };
        let loader = spawn_loader_with(vec![dir.path().to_path_buf()], Vec::new(), options);
        let (mut articles, mut index, mut grams) = (Vec::new(), None, None);
        for event in loader.events.iter() {
            match event {
                LoadEvent::Read { articles: read, .. } => articles.extend(read.into_iter().map(|a| a.article)),
                LoadEvent::Parsed(read) => read.into_iter().for_each(|r| articles[r.number as usize] = r.article),
                LoadEvent::Indexed(built) => index = Some(*built),
                LoadEvent::Grams(kept) => grams = Some(kept),
                _ => {}
            }
        }
        (articles, index.unwrap(), grams)
    };
    // A first start: no grams to send; the reader reads them and keeps them.
    let (articles, mut index, grams) = load();
    assert!(grams.is_none() && index.grams_pending());
    while index.read_for_grams(&articles, 64) {}
    assert!(index.frequent_words() > 0);
    set.keep_grams(&index.grams_snapshot()).unwrap();
    // The next start sends them, after everything else, and they are its index's.
    let (_, mut again, grams) = load();
    let grams = grams.expect("the kept grams are sent");
    assert!(again.grams_pending());
    again.restore_grams(&grams).unwrap();
    assert!(!again.grams_pending());
    assert_eq!(again.grams_snapshot(), index.grams_snapshot());
}
