//! What leaves the reader: the article's page in the browser, its file in the pager, a quote,
//! the URL or the article on the clipboard, the articles shown written to a file. The app only
//! decides what to hand over ([`Effect`]) and says what happened ([`Notice`]); the event loop,
//! which owns the terminal, does it.

use std::path::PathBuf;

use crate::article::Article;
use crate::export::{self, Format};

use super::{Action, App};

/// Something for the event loop to do outside the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open this `http`/`https` URL in the browser.
    OpenUrl(String),
    /// Show this file in the pager, the reader suspended meanwhile.
    OpenFile(String),
    /// Put `text` on the clipboard; `what` names it for the status bar.
    Copy { what: &'static str, text: String },
    /// Write the articles shown to `path`.
    Export { path: PathBuf, format: Format },
}

/// A line for the status bar, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    /// Something went wrong or needs a look.
    pub warning: bool,
}

/// Why a URL is not handed to the browser, if it is not.
pub fn refuse_url(url: &str) -> Option<&'static str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if url.starts_with('-') {
        Some("the URL starts with `-`: not opened")
    } else if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        Some("only http and https URLs are opened")
    } else if url.chars().any(char::is_control) {
        Some("the URL holds a control character: not opened")
    } else {
        None
    }
}

impl App {
    /// What the event loop should do now, taken (once).
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.effect.take()
    }

    /// Shows `text` in the status bar until the next key.
    pub fn notify(&mut self, text: impl Into<String>, warning: bool) {
        self.notice = Some(Notice { text: text.into(), warning });
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The file name being typed for an export, while it is.
    pub fn prompt(&self) -> Option<&str> {
        self.prompt.as_deref()
    }

    /// The articles shown (after filters and search), in their order, as articles.
    pub fn shown_articles(&self) -> Vec<Article> {
        self.view
            .iter()
            .filter_map(|&n| self.corpus.get(n).map(|a| export::article_of(a, self.corpus.tags().names_of(n))))
            .collect()
    }

    fn selected_full(&self) -> Option<Article> {
        let n = self.list.selected()?;
        self.corpus.get(n).map(|a| export::article_of(a, self.corpus.tags().names_of(n)))
    }

    /// The actions of [`Effect`]s, in the reading mode.
    pub(super) fn update_outside(&mut self, action: Action) {
        let Some(article) = self.selected_full() else {
            if action == Action::Export {
                self.start_export();
            } else {
                self.notify("no article selected", true);
            }
            return;
        };
        match action {
            Action::OpenUrl => match article.url.as_deref().filter(|u| !u.is_empty()) {
                None => self.notify("this article has no URL", true),
                Some(url) => match refuse_url(url) {
                    Some(why) => self.notify(why, true),
                    None => self.effect = Some(Effect::OpenUrl(url.to_string())),
                },
            },
            Action::OpenFile => match article.path {
                Some(path) => self.effect = Some(Effect::OpenFile(path)),
                None => self.notify("this article has no file", true),
            },
            Action::CopyUrl => match article.url {
                Some(url) => self.effect = Some(Effect::Copy { what: "the URL", text: url }),
                None => self.notify("this article has no URL", true),
            },
            Action::CopyArticle => {
                self.effect = Some(Effect::Copy { what: "the article as Markdown", text: export::markdown(&article) })
            }
            Action::CopyQuote => match article.quotes.get(self.reading.quote_cursor()) {
                Some(quote) => {
                    let mut text = format!("“{}”\n—", quote.text);
                    let by = quote.speaker.as_deref().into_iter().chain([article.title.as_str()]);
                    let by: Vec<&str> = by.chain(article.url.as_deref()).collect();
                    text.push(' ');
                    text.push_str(&by.join(", "));
                    self.effect = Some(Effect::Copy { what: "the quote", text });
                }
                None => self.notify("this article has no quotes", true),
            },
            Action::Export => self.start_export(),
            _ => {}
        }
    }

    fn start_export(&mut self) {
        if self.is_loading() {
            self.notify("still loading: write the articles once every file is read", true);
        } else if self.view.is_empty() {
            self.notify("no articles shown to write", true);
        } else {
            self.prompt = Some(String::new());
        }
    }

    /// Typing the export's file name.
    pub(super) fn update_prompt(&mut self, action: Action) {
        let Some(name) = &mut self.prompt else { return };
        match action {
            Action::Input(c) => name.push(c),
            Action::DeleteChar => {
                name.pop();
            }
            Action::Cancel | Action::Back => self.prompt = None,
            Action::Confirm => {
                let path = PathBuf::from(name.trim());
                if path.as_os_str().is_empty() {
                    self.prompt = None;
                    return;
                }
                match Format::from_path(&path) {
                    Some(format) => {
                        self.prompt = None;
                        self.effect = Some(Effect::Export { path, format });
                    }
                    None => self.notify("name a .jsonl, .md or .csv file", true),
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Quote;
    use crate::session::TimeSlice;

    fn app() -> App {
        let with_url = Article {
            title: "Harbour reopens".into(),
            url: Some("https://example.org/a".into()),
            path: Some("news/a.txt".into()),
            published: Some("2026-01-14".into()),
            paragraphs: vec!["“We are open,” said Mara Voss.".into()],
            quotes: vec![Quote { text: "We are open,".into(), speaker: Some("Mara Voss".into()), paragraph: 0 }],
            ..Article::default()
        };
        let bare =
            Article { title: "Rail strike ends".into(), published: Some("2026-01-10".into()), ..Article::default() };
        App::with_articles(vec![with_url, bare], (120, 30))
    }

    fn act(app: &mut App, action: Action) {
        app.update(action, TimeSlice::new(std::time::Instant::now()));
    }

    #[test]
    fn open_and_copy_hand_over_the_selected_articles_parts() {
        let mut app = app();
        act(&mut app, Action::OpenUrl);
        assert_eq!(app.take_effect(), Some(Effect::OpenUrl("https://example.org/a".into())));
        assert_eq!(app.take_effect(), None);
        act(&mut app, Action::OpenFile);
        assert_eq!(app.take_effect(), Some(Effect::OpenFile("news/a.txt".into())));
        act(&mut app, Action::CopyQuote);
        let quote = "“We are open,”\n— Mara Voss, Harbour reopens, https://example.org/a".to_string();
        assert_eq!(app.take_effect(), Some(Effect::Copy { what: "the quote", text: quote }));
        act(&mut app, Action::CopyArticle);
        assert!(
            matches!(app.take_effect(), Some(Effect::Copy { text, .. }) if text.starts_with("# Harbour reopens\n"))
        );
        act(&mut app, Action::Down);
        act(&mut app, Action::OpenUrl);
        assert_eq!((app.take_effect(), app.notice().map(|n| n.text.as_str())), (None, Some("this article has no URL")));
        act(&mut app, Action::Down);
        assert_eq!(app.notice(), None, "a notice lasts until the next key");
    }

    #[test]
    fn w_asks_for_a_file_name_with_a_known_extension() {
        let mut app = app();
        act(&mut app, Action::Export);
        assert_eq!(app.mode(), super::super::Mode::Prompt);
        for c in "out.txt".chars() {
            act(&mut app, Action::Input(c));
        }
        act(&mut app, Action::Confirm);
        assert_eq!(app.notice().map(|n| n.text.as_str()), Some("name a .jsonl, .md or .csv file"));
        assert_eq!(app.prompt(), Some("out.txt"));
        for _ in 0..3 {
            act(&mut app, Action::DeleteChar);
        }
        act(&mut app, Action::Input('m'));
        act(&mut app, Action::Input('d'));
        act(&mut app, Action::Confirm);
        assert_eq!(app.take_effect(), Some(Effect::Export { path: "out.md".into(), format: Format::Md }));
        assert_eq!(app.mode(), super::super::Mode::Normal);
        assert_eq!(app.shown_articles().len(), 2);
    }

    #[test]
    fn only_web_urls_that_do_not_look_like_options_are_opened() {
        assert_eq!(refuse_url("https://example.org/a;b$(touch x) c"), None);
        assert_eq!(refuse_url("HTTP://EXAMPLE.ORG"), None);
        assert!(refuse_url("-https://example.org").is_some_and(|w| w.contains("`-`")));
        assert!(refuse_url("file:///etc/passwd").is_some());
        assert!(refuse_url("javascript:alert(1)").is_some());
        assert!(refuse_url("https://x\u{1b}]8;;").is_some());
    }
}
