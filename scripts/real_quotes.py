#!/usr/bin/env python3
"""Scores quote finding and attribution on hand-annotated real articles.

Reads the annotations (tests/real-quotes/annotations.json: character offsets into the
`articleBody` of shared/real-pages/truth.json, or into a text file of a published package named
by the article's `source` and `path` and checked by its `sha256`, and speakers), runs the parser
on each annotated body (a command that reads JSON lines {"id", "body"} and prints {"id",
"quotes": [{"start", "end", "speaker"}]} with byte offsets, as examples/body_quotes.rs does),
and prints, for the dev, held-out and unseen articles apart:

- quote precision, recall and F1: a found quote matches an annotated one when the stretch of
  text they share is at least half of each (one to one, largest overlap first);
- speaker accuracy: matched quotes whose speaker is right over matched quotes. A speaker is
  right when it equals the annotated one (or one of its `also` spellings) after normalising
  both: Unicode NFKC, case folded, curly apostrophes made straight, periods dropped, spaces
  collapsed; an annotated null is right only when the parser says null.

Standard library only. Usage: real_quotes.py --truth TRUTH.json --annotations ANN.json
--cmd "COMMAND" [--texts DIR] [-v] [--show-held-out] [--show-unseen]
"""

import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
import unicodedata


def normalise(name):
    if name is None:
        return None
    name = unicodedata.normalize("NFKC", name).casefold().replace("’", "'").replace(".", " ")
    return " ".join(name.split())


def char_offsets(body):
    """Byte offset in the UTF-8 body -> character offset."""
    table = {}
    byte = 0
    for i, c in enumerate(body):
        table[byte] = i
        byte += len(c.encode("utf-8"))
    table[byte] = len(body)
    return table


def match(annotated, predicted):
    """Pairs (annotated index, predicted index), one to one, largest overlap first."""
    pairs = []
    for i, a in enumerate(annotated):
        for j, p in enumerate(predicted):
            shared = min(a["end"], p["end"]) - max(a["start"], p["start"])
            if shared <= 0:
                continue
            if shared * 2 >= a["end"] - a["start"] and shared * 2 >= p["end"] - p["start"]:
                pairs.append((shared, i, j))
    pairs.sort(reverse=True)
    used_a, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_a and j not in used_p:
            used_a.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def right_speaker(annotated, said):
    wanted = [annotated["speaker"]] + annotated.get("also", [])
    return normalise(said) in [normalise(w) for w in wanted]


class Tally:
    def __init__(self):
        self.annotated = self.predicted = self.matched = self.right = 0
        self.kinds = {}

    def add_kind(self, kind, right):
        seen, ok = self.kinds.get(kind, (0, 0))
        self.kinds[kind] = (seen + 1, ok + int(right))

    def report(self, label, articles):
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.annotated if self.annotated else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        speaker = self.right / self.matched if self.matched else 0.0
        kinds = " ".join(f"{k}={ok}/{n}" for k, (n, ok) in sorted(self.kinds.items()))
        print(
            f"{label:9} articles={articles} quotes={self.annotated} found={self.predicted} "
            f"matched={self.matched} precision={p:.3f} recall={r:.3f} f1={f1:.3f} "
            f"speaker={speaker:.3f} ({self.right}/{self.matched}; {kinds})"
        )


SPLITS = ("dev", "held-out", "unseen")


def load_bodies(annotations, truth, texts):
    """The annotated articles whose text is at hand, with their bodies; says loudly which are not."""
    out = []
    for article in annotations:
        if "source" not in article:
            out.append((article, truth[article["id"]]["articleBody"]))
            continue
        path = os.path.join(texts or "", article["source"], article["path"])
        if not texts or not os.path.isfile(path):
            print(f"real-quotes: {article['source']}/{article['path']} not found; {article['id']} left out",
                  file=sys.stderr)
            continue
        raw = open(path, "rb").read()
        if hashlib.sha256(raw).hexdigest() != article["sha256"]:
            sys.exit(f"real-quotes: {path} is not the annotated text (its sha256 differs)")
        out.append((article, raw.decode("utf-8")))
    return out


def kind(a):
    if a["speaker"] is None:
        return "null"
    return "organisation" if a.get("organisation") else "person"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--annotations", required=True)
    ap.add_argument("--cmd", required=True, help="reads {id, body} JSON lines, prints quotes")
    ap.add_argument("-v", action="store_true", help="list the dev articles' misses and wrong speakers")
    ap.add_argument("--show-held-out", action="store_true", help="list the held-out ones too")
    ap.add_argument("--show-unseen", action="store_true", help="list the unseen ones too")
    ap.add_argument("--texts", help="folder of the unpacked packages that `source` names")
    args = ap.parse_args()

    truth = json.load(open(args.truth, encoding="utf-8"))
    annotations = json.load(open(args.annotations, encoding="utf-8"))["articles"]
    articles = load_bodies(annotations, truth, args.texts)
    stdin = "".join(json.dumps({"id": a["id"], "body": body}, ensure_ascii=False) + "\n" for a, body in articles)
    run = subprocess.run(shlex.split(args.cmd), input=stdin, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        sys.exit(f"the parser failed ({run.returncode}): {run.stderr.strip()}")
    found = {}
    for line in run.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            found[record["id"]] = record["quotes"]

    tallies = {split: Tally() for split in SPLITS + ("all",)}
    counts = {split: 0 for split in SPLITS + ("all",)}
    shown = {"dev": args.v, "held-out": args.v and args.show_held_out, "unseen": args.v and args.show_unseen}
    for article, body in articles:
        chars = char_offsets(body)
        predicted = [
            {"start": chars.get(q["start"], 0), "end": chars.get(q["end"], 0), "speaker": q["speaker"]}
            for q in found.get(article["id"], [])
        ]
        annotated = article["quotes"]
        pairs = match(annotated, predicted)
        split = article["split"]
        show = shown[split]
        for t in (tallies[split], tallies["all"]):
            t.annotated += len(annotated)
            t.predicted += len(predicted)
            t.matched += len(pairs)
        counts[split] += 1
        counts["all"] += 1
        matched_a = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            ok = right_speaker(annotated[i], predicted[j]["speaker"])
            for t in (tallies[split], tallies["all"]):
                t.right += int(ok)
                t.add_kind(kind(annotated[i]), ok)
            if show and not ok:
                a = annotated[i]
                print(f"  speaker {article['id'][:8]} @{a['start']}: want {a['speaker']!r} got "
                      f"{predicted[j]['speaker']!r}: {body[a['start']:a['end']][:70]!r}")
        if show:
            for i, a in enumerate(annotated):
                if i not in matched_a:
                    print(f"  missed  {article['id'][:8]} @{a['start']}: {body[a['start']:a['end']][:90]!r}")
            for j, p in enumerate(predicted):
                if j not in matched_p:
                    print(f"  extra   {article['id'][:8]} @{p['start']}: {body[p['start']:p['end']][:90]!r} "
                          f"({p['speaker']!r})")
    for split in SPLITS + ("all",):
        tallies[split].report(split, counts[split])


if __name__ == "__main__":
    main()
