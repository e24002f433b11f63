//! A fast start (`warm.rs`): the cache's articles sent in its own numbering, with its index,
//! then what changed since listed and parsed as in a first start.

use super::files::Slot;
use super::warm::Fast;
use super::{Context, DAMAGED, Session};
use crate::app::LoadEvent;
use crate::article::{Article, StoredArticle};
use crate::corpus::{DateKey, Listed};
use crate::load::Source;

/// Articles per message: the reader files each batch between frames.
const SEND_EVERY: usize = 4096;

impl Context<'_> {
    /// Sends the cache's articles and index, then lists and parses the files new or changed.
    /// Returns whether anything changed (the cache is then written again).
    pub(super) fn fast(&self, fast: Box<Fast>, session: &mut Session) -> Option<bool> {
        let Fast { manifest, unchanged, mut shards, index, mut to_read } = *fast;
        let files = &mut session.files;
        files.set_shards(&manifest.shards);
        (files.index, files.indexed) = (manifest.index.clone(), manifest.indexed);
        // As many as the stamps say are unchanged; the listing below says the final count.
        let unchanged_files = unchanged.iter().filter(|&&same| same).count();
        self.tx.send(LoadEvent::Found(unchanged_files + to_read.len())).ok()?;
        let mut kept = 0;
        let mut sending = Sending::default();
        let mut dropped = false;
        for (file, same) in manifest.files.iter().zip(unchanged) {
            // Numbers of files gone before the cache was written: emptied, removed.
            let gone = file.first.saturating_sub(files.numbering.len() as u32) as usize;
            files.numbering.add_gone(gone);
            sending.gone(gone, files.numbering.len() - gone);
            let source = files.add_source(Source::File(file.path.clone().into()));
            let first = files.numbering.add(source, file.count as usize);
            match same.then(|| shards.take(file)).flatten() {
                Some(articles) => {
                    files.note(source, Some(file.stamp), Some(Slot { shard: file.shard, entry: file.entry }));
                    for (article, tags) in articles {
                        let tags = session.tags.ids(&tags);
                        let date = DateKey::of(article.published());
                        sending.articles.push(Listed { article, parsed: true, tags, date });
                    }
                    kept += 1;
                    sending.files += 1;
                }
                None => {
                    // Changed or gone since, or its shard unreadable: listed again below if it
                    // is still there.
                    sending.gone(file.count as usize, first as usize);
                    files.numbering.drop_file(source);
                    dropped = true;
                    if same {
                        to_read.push(Ok(Source::File(file.path.clone().into())));
                    }
                }
            }
            if sending.articles.len() >= SEND_EVERY {
                sending.send(self, &mut session.tags)?;
            }
        }
        let trailing = (manifest.len as usize).saturating_sub(files.numbering.len());
        files.numbering.add_gone(trailing);
        sending.gone(trailing, files.numbering.len() - trailing);
        sending.send(self, &mut session.tags)?;
        let damaged = shards.damaged();
        drop(shards);
        if damaged {
            self.notice(DAMAGED);
        }
        let changed = damaged || dropped || !to_read.is_empty();
        if !sending.removed.is_empty() {
            self.tx.send(LoadEvent::Removed(sending.removed)).ok()?;
        }
        self.tx.send(LoadEvent::Indexed(Box::new(index))).ok()?;
        // What changed since: listed and parsed, after every number the cache had (the index
        // does not know them: searches check them).
        let to_parse = self.list(to_read.into_iter(), None, kept, session)?;
        session.index = None;
        self.parse(&to_parse, None, session)?;
        Some(changed)
    }
}

/// Articles waiting to be sent.
#[derive(Default)]
struct Sending {
    articles: Vec<Listed>,
    files: usize,
    removed: Vec<u32>,
}

impl Sending {
    /// `count` numbers from `first` hold nothing: an empty article each, removed once sent.
    fn gone(&mut self, count: usize, first: usize) {
        for number in first..first + count {
            let article: Box<StoredArticle> = StoredArticle::new(Article::default()).0;
            self.articles.push(Listed { article, parsed: true, tags: Box::default(), date: DateKey::of(None) });
            self.removed.push(number as u32);
        }
    }

    fn send(&mut self, context: &Context<'_>, tags: &mut super::LoaderTags) -> Option<()> {
        let articles = std::mem::take(&mut self.articles);
        let files = std::mem::take(&mut self.files);
        context.tx.send(LoadEvent::Read { articles, new_tags: tags.unsent(), files }).ok()
    }
}
