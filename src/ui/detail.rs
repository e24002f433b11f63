//! The article pane: the cached wrapped lines of the selected article, of which only the visible
//! window is turned into spans, with quotes and search matches highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::document::{CAPTION_INDENT, CREDIT_INDENT, DocLine, Document, Mark, Part};
use crate::app::{App, Focus};
use crate::article::StoredArticle;

use super::width::shown;
use super::{Theme, pane, scrollbar};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let reading = app.reading();
    let doc = reading.doc();
    let article = doc.and_then(|d| app.corpus().get(d.article));
    let rows = usize::from(area.height.saturating_sub(2));
    let mut title = vec![Span::raw(" Article ")];
    if let (Some(i), n) = (reading.current_match(), reading.matches().len()) {
        title.push(Span::styled(format!("· match {}/{n} ", i + 1), theme.dim()));
    } else if !reading.matches().is_empty() {
        title.push(Span::styled(format!("· {} ", count(reading.matches().len(), "match", "matches")), theme.dim()));
    }
    // The parser's warnings about this article, one key away.
    if let Some(warnings) = article.map(|a| a.warnings().len()).filter(|&n| n > 0) {
        title.push(Span::styled(format!("· ⚠ {} (w) ", count(warnings, "warning", "warnings")), theme.warning()));
    }
    let mut block = pane(theme, Line::from(title), app.focus() == Focus::Body);
    if let Some(doc) = doc {
        let room = usize::from(area.width.saturating_sub(2));
        let place = position(reading.scroll(), rows, doc.lines.len(), room);
        block = block.title_bottom(Line::styled(place, theme.dim()).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    let (Some(doc), Some(article)) = (doc, article) else {
        buf.set_line(inner.x + 1, inner.y, &Line::styled("No article selected.", theme.dim()), inner.width);
        return;
    };
    let marks = Highlights { doc, app, theme };
    for (row, index) in (reading.scroll()..doc.lines.len()).take(rows).enumerate() {
        let line = render_line(theme, doc, article, index, &marks);
        buf.set_line(inner.x, inner.y + row as u16, &line, inner.width);
    }
    // Listed by the light pass only: the body comes with the full parse, asked for first,
    // unless the file could not be read again (changed or deleted since it was listed).
    let shown = doc.lines.len().saturating_sub(reading.scroll());
    if !app.corpus().is_parsed(doc.article) && shown < rows {
        let note = if app.loading().is_unreadable(doc.article) {
            Line::styled("The file could not be read again (e: why); this is what was listed.", theme.warning())
        } else if app.is_loading() {
            Line::styled("Reading the full article…", theme.dim())
        } else {
            Line::styled("Only the listing of this file was read.", theme.dim())
        };
        buf.set_line(inner.x, inner.y + shown as u16, &note, inner.width);
    }
    let max = doc.lines.len().saturating_sub(rows);
    scrollbar(area, doc.lines.len(), rows, (reading.scroll(), max + 1), buf);
}

/// `1 match`, `2 matches`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// ` 1–37/120 · 0% `: the lines in view, of how many, and how far down; shorter when that does
/// not fit in `room` columns (` 1–37/120 `, then ` 0% `, then nothing), and no lines when none
/// are in view.
fn position(scroll: usize, rows: usize, total: usize, room: usize) -> String {
    let last = (scroll + rows).min(total);
    let max = total.saturating_sub(rows);
    let percent = (scroll * 100).checked_div(max).unwrap_or(100);
    let lines = format!(" {}–{last}/{total} ", (scroll + 1).min(total));
    let forms = [format!("{lines}· {percent}% "), lines, format!(" {percent}% ")];
    let forms = if rows == 0 { &forms[2..] } else { &forms[..] };
    forms.iter().find(|form| form.chars().count() <= room).cloned().unwrap_or_default()
}

struct Highlights<'a> {
    doc: &'a Document,
    app: &'a App,
    theme: &'a Theme,
}

impl Highlights<'_> {
    /// Styled byte ranges on line `index` of `part`, strongest last.
    fn on_line(&self, index: usize, part: Part) -> Vec<(usize, usize, Style)> {
        let reading = self.app.reading();
        let mut out = Vec::new();
        let quotes = &self.doc.quote_marks;
        for (mark, quote) in &quotes[touching(quotes, index, |(m, _)| m)] {
            if mark.part == part {
                let active = reading.active_quote() == Some(*quote);
                let style = if active { self.theme.active_quote() } else { self.theme.quote() };
                out.push((mark.range.start, mark.range.end, style, u8::from(active)));
            }
        }
        let matches = reading.matches();
        let range = touching(matches, index, |m| m);
        for (i, mark) in matches[range.clone()].iter().enumerate().map(|(i, m)| (i + range.start, m)) {
            if mark.part == part {
                let current = reading.current_match() == Some(i);
                let style = if current { self.theme.current_match() } else { self.theme.search_match() };
                out.push((mark.range.start, mark.range.end, style, 2 + u8::from(current)));
            }
        }
        out.sort_by_key(|m| m.3);
        out.into_iter().map(|(s, e, style, _)| (s, e, style)).collect()
    }
}

/// The marks (sorted in reading order, so by line) that may touch line `index`.
fn touching<T>(marks: &[T], index: usize, mark: impl Fn(&T) -> &Mark) -> std::ops::Range<usize> {
    let start = marks.partition_point(|m| mark(m).last_line < index);
    let end = start + marks[start..].partition_point(|m| mark(m).first_line <= index);
    start..end
}

fn render_line<'a>(
    theme: &Theme,
    doc: &'a Document,
    article: &'a StoredArticle,
    index: usize,
    marks: &Highlights,
) -> Line<'a> {
    let Some(line) = doc.lines.get(index) else { return Line::default() };
    let text = doc.text(article, line);
    match line.part {
        Part::Blank => Line::default(),
        Part::Tags => chips(theme, doc, line),
        Part::Meta => Line::styled(shown(text).into_owned(), theme.dim()),
        Part::Url | Part::File => Line::styled(shown(text).into_owned(), theme.link()),
        Part::Title => styled(text, line, theme.title(), &marks.on_line(index, line.part), vec![]),
        Part::Caption(_) => {
            let bar = Span::styled(format!("{:<CAPTION_INDENT$}", "▍"), theme.caption_bar());
            styled(text, line, theme.caption(), &marks.on_line(index, line.part), vec![bar])
        }
        Part::Credit(_) => {
            let dash = Span::styled(format!("{:>CREDIT_INDENT$}", "— "), theme.dim());
            Line::from(vec![dash, Span::styled(shown(text).into_owned(), theme.dim())])
        }
        Part::Body(_) => styled(text, line, Style::new(), &marks.on_line(index, line.part), vec![]),
    }
}

/// `text` (the bytes `line.range` of its part) split into spans at highlight edges; later
/// highlights in `marks` win where they overlap.
fn styled<'a>(
    text: &str,
    line: &DocLine,
    base: Style,
    marks: &[(usize, usize, Style)],
    mut spans: Vec<Span<'a>>,
) -> Line<'a> {
    let (from, to) = (line.range.start, line.range.end);
    let mut cuts = vec![from, to];
    for &(s, e, _) in marks {
        cuts.extend([s.clamp(from, to), e.clamp(from, to)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let Some(piece) = text.get(a - from..b - from) else { continue };
        let style = marks.iter().rev().find(|&&(s, e, _)| s <= a && b <= e).map_or(base, |&(_, _, st)| base.patch(st));
        spans.push(Span::styled(shown(piece).into_owned(), style));
    }
    Line::from(spans)
}

fn chips<'a>(theme: &Theme, doc: &'a Document, line: &DocLine) -> Line<'a> {
    let mut spans = Vec::new();
    for (n, tag) in doc.tags.iter().enumerate().skip(line.range.start).take(line.range.len()) {
        if n > line.range.start {
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(format!(" {} ", shown(tag)), theme.chip()));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_says_where_the_view_is() {
        assert_eq!(position(0, 10, 100, 80), " 1–10/100 · 0% ");
        assert_eq!(position(90, 10, 100, 80), " 91–100/100 · 100% ");
        assert_eq!(position(0, 10, 5, 80), " 1–5/5 · 100% ");
    }

    #[test]
    fn position_is_shortened_never_cut() {
        // Narrower and narrower: all of it, the lines alone, then the percentage alone.
        assert_eq!(position(22, 3, 124, 18), " 23–25/124 · 18% ");
        assert_eq!(position(22, 3, 124, 16), " 23–25/124 ");
        assert_eq!(position(22, 3, 124, 8), " 18% ");
        assert_eq!(position(22, 3, 124, 3), "");
        // No row in view: no lines to name (never `1–0/1468`).
        assert_eq!(position(0, 0, 1468, 18), " 0% ");
        assert_eq!(count(1, "match", "matches"), "1 match");
        assert_eq!(count(2, "match", "matches"), "2 matches");
    }
}
