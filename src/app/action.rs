//! Everything the reader can be asked to do. Serde names are snake_case so a config file's
//! `[keys]` names them (`"next_match"`, `{"input": "a"}`) without touching the handling code.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    /// Give the terminal back to the shell and stop (Ctrl-Z); the event loop does it, the
    /// state does not change.
    Suspend,
    /// Move the selection or scroll the focused pane by one line.
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    /// Open the selected article, or jump to the selected quote.
    Open,
    /// Leave the article (narrow screens), close a popup, or clear the search.
    Back,
    ToggleQuotes,
    OpenTagPicker,
    ClearTags,
    ToggleTagMode,
    /// Toggle the tag under the cursor in the tag picker.
    ToggleTag,
    StartSearch,
    NextMatch,
    PrevMatch,
    CycleSort,
    Help,
    Errors,
    /// Switch between the list of articles and the quotes view (every quote shown, by date).
    ToggleQuotesView,
    OpenSpeakerPicker,
    OpenSourcePicker,
    /// Type a date range in the status bar.
    EditDates,
    /// Let every filter go: tags, speakers, sources, dates and the search.
    ClearFilters,
    /// Choose or let go the entry under the cursor of the speaker or source picker.
    TogglePick,
    /// Open the article's URL in the browser.
    OpenUrl,
    /// Show the article's file in the pager.
    OpenFile,
    /// Copy the selected quote, with its speaker, the title and the URL.
    CopyQuote,
    CopyUrl,
    /// Copy the whole article as Markdown.
    CopyArticle,
    /// Ask for a file name and write the articles shown to it.
    Export,
    /// The open article's parser warnings.
    Warnings,
    /// Mark the selected article read, or unread again.
    ToggleRead,
    /// Star the selected article, or unstar it.
    ToggleStar,
    /// Mark every article the list shows as read.
    MarkShownRead,
    /// Select the next unread article in the list (from the top again at its end).
    NextUnread,
    /// Show every article / only the unread / only the starred (with the tags and the search).
    ShowAll,
    ShowUnread,
    ShowStarred,
    /// Read the folders again: new, changed and removed files.
    Reload,
    /// A character typed into the search line or the tag picker's filter.
    Input(char),
    DeleteChar,
    /// Keep the search being typed.
    Confirm,
    /// Drop the search being typed and go back to the one before.
    Cancel,
    Resize {
        width: u16,
        height: u16,
    },
    /// Mouse wheel over a pane: positive `lines` scroll down.
    ScrollAt {
        column: u16,
        row: u16,
        lines: i16,
    },
    ClickAt {
        column: u16,
        row: u16,
    },
}
