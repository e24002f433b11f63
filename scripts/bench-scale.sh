#!/usr/bin/env bash
# Whole-process figures at scale (issue 4), measured in one run so they compare:
#   - `tidings tags DIR` against `rg -c said DIR` over the same files, warm page cache, as a
#     ratio of median wall times (target: at most 2x);
#   - the reader's time until every article is listed and filterable (headless, RUNS runs of
#     examples/reader_load.rs --listed-only alternating with the others) against `tags`
#     (target: at most 1.2x);
#   - peak memory of `tidings tags` and of the reader loading DIR headless (target: at most
#     1.5x the corpus's bytes), with the reader's first frame, list-complete and fully-parsed
#     times (examples/reader_load.rs);
#   - with the cache of parsed articles (issue 15), in a cache folder of this run's own: a first
#     start that writes it (its frames), then RUNS second starts that read it, each from its
#     launch until every article is fully parsed and searchable, against `rg -c said` (target:
#     at most 1x; the whole process, exit included, is printed too), and the peak memory of a
#     second start (target: at most 1.4x the corpus's bytes).
# DIR is generated (100,000 pages, seed 1) when it does not exist.
#
#   scripts/bench-scale.sh DIR [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/bench-scale.sh DIR [RUNS]}
runs=${2:-5}

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need rg ripgrep
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

cargo build --release --quiet --bin tidings --example gen_corpus --example reader_load
tidings=target/release/tidings
[ -d "$dir" ] || target/release/examples/gen_corpus "$dir" 100000

bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$dir" -type f | wc -l)
echo "corpus: $dir, $files files, $((bytes / 1000000)) MB; $(nproc) cores; $(date -u +%F)"

# Warm the page cache, and check that both commands work.
rg -c said "$dir" >/dev/null
"$tidings" tags "$dir" >/dev/null

now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN {printf "%.3f", a - b}'; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rg_times=() tags_times=() listed_times=()
for i in $(seq "$runs"); do
    # Alternating, so a noisy neighbour weighs on all alike.
    t=$(now); rg -c said "$dir" >/dev/null; rg_times+=("$(since "$t")")
    t=$(now); "$tidings" tags "$dir" >/dev/null; tags_times+=("$(since "$t")")
    # A first start: the reader lists with an empty cache of its own to write.
    listed_times+=("$(target/release/examples/reader_load "$dir" --cache "$work/first-$i" --listed-only | awk '/^listed/ {printf "%.3f", $4 / 1000}')")
    rm -rf "$work/first-$i"
done
rg_median=$(printf '%s\n' "${rg_times[@]}" | median)
tags_median=$(printf '%s\n' "${tags_times[@]}" | median)
listed_median=$(printf '%s\n' "${listed_times[@]}" | median)
printf 'rg -c said      median %.3f s  (runs: %s)\n' "$rg_median" "${rg_times[*]}"
printf 'tidings tags    median %.3f s  (runs: %s)\n' "$tags_median" "${tags_times[*]}"
awk -v a="$tags_median" -v b="$rg_median" 'BEGIN {printf "ratio           %.2fx  (target: at most 2x)\n", a / b}'
printf 'reader listed   median %.3f s  (runs: %s)\n' "$listed_median" "${listed_times[*]}"
awk -v a="$listed_median" -v b="$tags_median" 'BEGIN {printf "ratio to tags   %.2fx  (target: at most 1.2x)\n", a / b}'
# Each listing over the `tags` run just before it: a noisy stretch weighs on both of a pair.
paired=$(for i in "${!tags_times[@]}"; do awk -v a="${listed_times[$i]}" -v b="${tags_times[$i]}" 'BEGIN {printf "%.3f\n", a / b}'; done)
printf 'paired ratios   median %.2fx  (runs: %s)\n' "$(printf '%s\n' "$paired" | median)" "$(printf '%s\n' "$paired" | sort -n | tr '\n' ' ')"

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print int($2 / 1024)}'; }
limit=$((bytes * 3 / 2 / 1048576))
echo "peak memory     tidings tags: $(peak "$tidings" tags "$dir") MiB"
echo "headless reader (examples/reader_load.rs):"
/usr/bin/time -v target/release/examples/reader_load "$dir" --search negotiations --search "said kim" --search "the g" \
    2>/tmp/reader_load.time | sed 's/^/    /'
echo "peak memory     reader: $(awk -F': ' '/Maximum resident/ {print int($2 / 1024)}' /tmp/reader_load.time) MiB (target: at most $limit MiB, 1.5x the corpus)"
echo "headless reader, searches typed without a pause (no notes on the keystroke before):"
target/release/examples/reader_load "$dir" --no-pause --search "government s" --search "of the g" \
    | grep -E '^(frequent|search (government s|of the g) )' | sed 's/^/    /'

echo "first start writing the cache (examples/reader_load.rs --cache, empty):"
target/release/examples/reader_load "$dir" --cache "$work/cache" \
    | grep -E '^(first frame|listed|fully parsed|loader done|worst|  in UI)' | sed 's/^/    /'
echo "second starts, cache warm, files unchanged: until every article is fully parsed and searchable"
rg_times=() warm_times=() whole_times=()
for _ in $(seq "$runs"); do
    t=$(now); rg -c said "$dir" >/dev/null; rg_times+=("$(since "$t")")
    # From the launch until the last article is final and the index in (the reader prints the
    # wall-clock time it was), and the whole process: its exit gives back the 550 MiB it holds,
    # which no reader waits for, but `rg`'s time has its exit in it too.
    t=$(now); target/release/examples/reader_load "$dir" --cache "$work/cache" --parsed-only >"$work/warm.out"
    whole_times+=("$(since "$t")")
    warm_times+=("$(awk -v t="$t" '/^fully parsed at/ {printf "%.3f", $4 - t}' "$work/warm.out")")
done
sed 's/^/    last run: /' "$work/warm.out"
rg_median=$(printf '%s\n' "${rg_times[@]}" | median)
warm_median=$(printf '%s\n' "${warm_times[@]}" | median)
whole_median=$(printf '%s\n' "${whole_times[@]}" | median)
printf 'rg -c said      median %.3f s  (runs: %s)\n' "$rg_median" "${rg_times[*]}"
printf 'second start    median %.3f s until searchable  (runs: %s)\n' "$warm_median" "${warm_times[*]}"
awk -v a="$warm_median" -v b="$rg_median" 'BEGIN {printf "ratio           %.2fx  (target: at most 1x)\n", a / b}'
paired=$(for i in "${!rg_times[@]}"; do awk -v a="${warm_times[$i]}" -v b="${rg_times[$i]}" 'BEGIN {printf "%.3f\n", a / b}'; done)
printf 'paired ratios   median %.2fx  (runs: %s)\n' "$(printf '%s\n' "$paired" | median)" "$(printf '%s\n' "$paired" | sort -n | tr '\n' ' ')"
printf 'whole process   median %.3f s, with its exit  (runs: %s)\n' "$whole_median" "${whole_times[*]}"
awk -v a="$whole_median" -v b="$rg_median" 'BEGIN {printf "ratio           %.2fx\n", a / b}'
warm_limit=$((bytes * 7 / 5 / 1048576))
/usr/bin/time -v target/release/examples/reader_load "$dir" --cache "$work/cache" --search negotiations \
    2>"$work/warm.time" >/dev/null
echo "peak memory     reader, second start: $(awk -F': ' '/Maximum resident/ {print int($2 / 1024)}' "$work/warm.time") MiB (target: at most $warm_limit MiB, 1.4x the corpus)"
