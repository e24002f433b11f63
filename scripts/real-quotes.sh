#!/bin/sh
# Quote finding and speaker accuracy on real articles annotated by hand
# (tests/real-quotes/annotations.json): dev, held-out and unseen articles apart.
#
#   scripts/real-quotes.sh [-v] [--show-held-out] [--show-unseen]
#       -v lists the dev articles' misses and wrong speakers (the others only when asked)
#
# Needs ../shared/real-pages/truth.json (the article bodies; never copied into the repository).
# Part of the unseen split is news text shipped in the test data of a published package
# (newspaper4k 0.9.6, MIT): its source archive is fetched once with pip into target/real-quotes/;
# without it those articles are left out, and the scorer says so.
set -eu
cd "$(dirname "$0")/.."
truth="${REAL_PAGES:-../shared/real-pages}/truth.json"
if [ ! -f "$truth" ]; then
    echo "real-quotes: $truth not found (set REAL_PAGES to the real-pages folder)" >&2
    exit 2
fi
texts=target/real-quotes
package=newspaper4k-0.9.6
if [ ! -d "$texts/$package/tests/data/txt" ]; then
    mkdir -p "$texts"
    if pip download --quiet --no-deps --no-binary :all: "newspaper4k==0.9.6" -d "$texts" >&2; then
        tar -xzf "$texts/$package.tar.gz" -C "$texts" "$package/tests/data/txt"
    else
        echo "real-quotes: could not fetch $package; its articles are left out" >&2
    fi
fi
cargo build --release --quiet --example body_quotes
exec python3 scripts/real_quotes.py --truth "$truth" --annotations tests/real-quotes/annotations.json \
    --texts "$texts" --cmd target/release/examples/body_quotes "$@"
