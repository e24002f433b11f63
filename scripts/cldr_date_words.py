#!/usr/bin/env python3
"""Month and weekday names of CLDR, as `src/parse/lexicon/dates.rs` holds them.

The tables in dates.rs between the `cldr:` markers are this script's output (`--check`
compares their words, whatever their layout); the words the script cannot know (spellings
pages use that CLDR does not list) are in the hand-kept lists beside them. Needs Babel
(`pip install babel`), which ships the CLDR data.

    scripts/cldr_date_words.py          print the tables
    scripts/cldr_date_words.py --check  exit 1 when dates.rs differs from CLDR
"""

import re
import sys
import unicodedata
from pathlib import Path

from babel import Locale
from babel.core import get_cldr_version

LANGUAGES = ["en", "pt", "es", "fr", "de", "it", "id", "ru", "nl"]
# Languages whose pages often drop the accents of month and weekday names (`fevrier`,
# `Marz`, `lunedi`); Portuguese pages keep them (`marco` is another word).
UNACCENTED = {"es", "fr", "de", "it"}
# Weekday abbreviations clash with month names (`mar`, `sab`) and short words (`do`, `ma`):
# only English ones are taken, the others' full names suffice.
ABBREVIATED_WEEKDAYS = {"en"}
DATES_RS = Path(__file__).resolve().parent.parent / "src/parse/lexicon/dates.rs"


def plain(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def forms(lang, names):
    out = set()
    for name in names:
        word = name.lower().rstrip(".")
        out.add(word)
        if lang in UNACCENTED:
            out.add(plain(word))
    return out


def months():
    found = {}
    for lang in LANGUAGES:
        loc = Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    for word in forms(lang, [name]):
                        # A clash between languages (`mar`, `mei`) must mean one month.
                        assert found.setdefault(word, number) == number, (word, lang)
    return sorted(found.items())


def weekdays():
    found = set()
    for lang in LANGUAGES:
        loc = Locale.parse(lang)
        widths = ("wide", "abbreviated") if lang in ABBREVIATED_WEEKDAYS else ("wide",)
        for context in ("format", "stand-alone"):
            for width in widths:
                found |= forms(lang, loc.days[context][width].values())
    return sorted(found)


def rust_list(items, per_line=8):
    lines, line = [], []
    for item in items:
        line.append(item)
        if len(line) == per_line:
            lines.append(", ".join(line) + ",")
            line = []
    if line:
        lines.append(", ".join(line) + ",")
    return "\n".join("    " + l for l in lines)


def tables():
    month_items = [f'("{w}", {n})' for w, n in months()]
    weekday_items = [f'"{w}"' for w in weekdays()]
    return (
        f"// cldr: months {get_cldr_version()}\n{rust_list(month_items, 6)}\n// cldr: end\n",
        f"// cldr: weekdays {get_cldr_version()}\n{rust_list(weekday_items)}\n// cldr: end\n",
    )


def held_tables(text):
    """The months and weekdays between the `cldr:` markers of dates.rs, however formatted."""
    blocks = dict(re.findall(r"// cldr: (months|weekdays) [^\n]*\n(.*?)// cldr: end", text, flags=re.S))
    month_items = sorted((w, int(n)) for w, n in re.findall(r'\("([^"]+)", (\d+)\)', blocks.get("months", "")))
    weekday_items = sorted(re.findall(r'"([^"]+)"', blocks.get("weekdays", "")))
    return month_items, weekday_items


def main():
    if "--check" not in sys.argv:
        month_table, weekday_table = tables()
        print(month_table + weekday_table, end="")
        return 0
    held = held_tables(DATES_RS.read_text(encoding="utf-8"))
    if held != (months(), weekdays()):
        print(f"{DATES_RS} differs from CLDR {get_cldr_version()}: paste this script's output", file=sys.stderr)
        return 1
    print(f"dates.rs matches CLDR {get_cldr_version()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
