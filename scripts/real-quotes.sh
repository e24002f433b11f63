#!/bin/sh
# Quote finding and speaker accuracy on real articles annotated by hand
# (tests/real-quotes/annotations.json), dev and held-out articles apart.
#
#   scripts/real-quotes.sh [-v]       # -v lists the dev articles' misses and wrong speakers
#
# Needs ../shared/real-pages/truth.json (the article bodies; never copied into the repository).
set -eu
cd "$(dirname "$0")/.."
truth="${REAL_PAGES:-../shared/real-pages}/truth.json"
if [ ! -f "$truth" ]; then
    echo "real-quotes: $truth not found (set REAL_PAGES to the real-pages folder)" >&2
    exit 2
fi
cargo build --release --quiet --example body_quotes
exec python3 scripts/real_quotes.py --truth "$truth" --annotations tests/real-quotes/annotations.json \
    --cmd target/release/examples/body_quotes "$@"
