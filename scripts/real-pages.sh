#!/usr/bin/env bash
# Scores the parser on ../shared/real-pages (real article pages with their true bodies, kept
# outside this repository) with the benchmark's own metric (score.py beside them): the pages'
# text, then their HTML. Extra arguments go to score.py (-v: a line per page, worst first, and
# the wrong titles); without them only the summary line is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=../shared/real-pages
if [ ! -f "$pages/score.py" ]; then
    echo "real-pages: $pages is absent; nothing to score" >&2
    exit 2
fi
cargo build --release --quiet
lines=1
[ "$#" -gt 0 ] && lines=+1
echo "page text:"
python3 "$pages/score.py" --cmd "target/release/tidings parse" "$@" | tail -n "$lines"
echo "page HTML:"
python3 "$pages/score.py" --cmd "target/release/tidings parse" --html "$@" | tail -n "$lines"
