//! The cache's shards, read and decoded on the loading pool in the manifest's order and handed
//! to the loader's thread one by one: a start from the cache (`warm.rs`) sends the articles of
//! the first shards while later ones are still being read, and a shard is let go once its last
//! article is taken, rather than every shard decoded before the first article is sent.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};

use crate::article::Tagged;
use crate::store::cache::{CacheError, CacheSet, CachedFile};

/// A file's articles, read back, with their tags.
pub(super) type Articles = Vec<Tagged>;

/// A shard as the loader's thread holds it.
enum Slot {
    /// Not decoded yet.
    Pending,
    /// Decoded, with how many of its entries are still to take.
    Ready(Vec<Option<Tagged>>, usize),
    /// Unreadable, or every entry taken.
    Gone,
}

/// Shards being decoded, taken as they come.
pub(super) struct Shards {
    done: Receiver<(usize, Result<Vec<Tagged>, CacheError>)>,
    slots: Vec<Slot>,
    damaged: bool,
}

impl Shards {
    /// Starts decoding the shards `names` of `cache`, lowest number first, on every thread of
    /// `pool` (else of rayon's global pool). The threads stop early once `Shards` is dropped.
    pub(super) fn start(cache: &CacheSet, names: &[String], pool: Option<&rayon::ThreadPool>) -> Shards {
        let (tx, done) = mpsc::channel();
        // Each thread takes the lowest shard no thread has taken: they come in about their
        // order, so the loader's thread, which needs them in order, holds few of them waiting.
        let next = AtomicUsize::new(0);
        let (cache, names_owned) = (cache.clone(), names.to_vec());
        let each = move |_: rayon::BroadcastContext<'_>| {
            loop {
                let number = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names_owned.get(number) else { break };
                if tx.send((number, cache.read_shard(name))).is_err() {
                    break;
                }
            }
        };
        match pool {
            Some(pool) => pool.spawn_broadcast(each),
            None => rayon::spawn_broadcast(each),
        }
        Shards { done, slots: names.iter().map(|_| Slot::Pending).collect(), damaged: false }
    }

    /// The articles of `file`, once its shard is decoded; `None` if the shard could not be
    /// read or does not hold them all.
    pub(super) fn take(&mut self, file: &CachedFile) -> Option<Articles> {
        let number = file.shard as usize;
        while matches!(self.slots.get(number)?, Slot::Pending) {
            self.receive();
        }
        let Slot::Ready(entries, left) = self.slots.get_mut(number)? else { return None };
        let (from, to) = (file.entry as usize, file.entry as usize + file.count as usize);
        let taken = entries.get_mut(from..to).filter(|e| e.iter().all(Option::is_some));
        let articles: Option<Articles> = taken.map(|e| e.iter_mut().filter_map(Option::take).collect());
        if let Some(articles) = &articles {
            *left -= articles.len();
        }
        if *left == 0 {
            // Its block stays with the articles that point into it; the rest goes now.
            self.slots[number] = Slot::Gone;
        }
        articles
    }

    /// Whether a shard could not be read (known for every shard once each was waited for).
    pub(super) fn damaged(&self) -> bool {
        self.damaged
    }

    /// Waits for the next decoded shard.
    fn receive(&mut self) {
        match self.done.recv() {
            Ok((number, shard)) => {
                let slot = match shard {
                    Ok(articles) => {
                        let left = articles.len();
                        Slot::Ready(articles.into_iter().map(Some).collect(), left)
                    }
                    Err(_) => {
                        self.damaged = true;
                        Slot::Gone
                    }
                };
                if let Some(at) = self.slots.get_mut(number) {
                    *at = slot;
                }
            }
            // Every thread ended (a panic in one): what was not sent never will be.
            Err(_) => {
                for slot in &mut self.slots {
                    if matches!(slot, Slot::Pending) {
                        *slot = Slot::Gone;
                        self.damaged = true;
                    }
                }
            }
        }
    }
}
