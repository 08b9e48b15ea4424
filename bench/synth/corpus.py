"""The corpus: which body meets when, each meeting rendered in its body's layout, and truth.jsonl."""
from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

from bench.synth.layouts import RENDERERS
from bench.synth.meeting import hold_meeting
from bench.synth.vocabulary import BODIES, FIRST_YEAR, LAST_YEAR, LAYOUTS, lexicon, slug
from bench.synth.world import Body, People

_DESCRIPTION = "Synthetic minutes in the real layouts: python -m bench.synth --meetings N --out DIR [--seed S]"


def _plan(n: int, seed: int) -> list[tuple[date, int, Body]]:
    """Bodies and meeting dates: about 40 meetings per body, 4-12 a year, all within 2012-2025."""
    rng = random.Random(f"{seed}:plan")
    lex = lexicon()
    municipalities = rng.sample(lex.municipalities, len(lex.municipalities))
    count = max(6, -(-n // 40))
    bodies, used = [], set()
    for i in range(count):
        layout, mun = LAYOUTS[i % len(LAYOUTS)], municipalities[i % len(municipalities)]
        names = [b for b in BODIES[layout] if (mun, b) not in used] or [f"{BODIES[layout][0]} {i}"]
        name = names[(i // len(LAYOUTS) + i % len(LAYOUTS)) % len(names)]  # every kind of body early on
        used.add((mun, name))
        bodies.append(Body(mun, name, layout, seed))
    schedule = []
    for i, body in enumerate(bodies):
        k = n // count + (1 if i < n % count else 0)
        per_year = max(body.rng.choice((4, 5, 6)), -(-k // (LAST_YEAR - FIRST_YEAR + 1)))
        years = -(-k // per_year)
        first = body.rng.randint(FIRST_YEAR, LAST_YEAR - years + 1)
        for j in range(k):
            year, slot = first + j // per_year, j % per_year
            month = 1 + slot * 12 // per_year + body.rng.randint(0, max(0, 12 // per_year - 1))
            day = date(year, month, body.rng.randint(1, 28))
            day += timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)  # meetings fall on weekdays
            schedule.append((day, i, body))
    schedule.sort(key=lambda row: (row[0], row[1]))
    return schedule


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(file name, file text, truth) for `n` meetings, in date order."""
    people = People(seed)
    for k, (when, _, body) in enumerate(_plan(n, seed)):
        m = hold_meeting(body, when, people)
        text, present, absent = RENDERERS[body.layout](m)
        stem = slug(f"{body.municipality}-{body.name}")
        name = f"{k:06d}_{stem}_{when.isoformat()}.{body.format}"
        t = m.truth
        yield name, text, {
            "file": name, "layout": body.layout, "format": body.format, "date": when.isoformat(),
            "municipality": body.municipality, "body": body.name, "present": present, "absent": absent,
            "chair": next((x.person.name for x in m.present if x.role == "formand"), None),
            "substitutes": [x.person.name for x in m.present if x.role == "suppleant"],
            "staff": [x.person.name for x in body.staff], "guests": t["guests"],
            "organisations": sorted(t["organisations"]), "initiatives": sorted(t["initiatives"]),
            "grants": t["grants"], "collaborations": t["collaborations"],
            "closed_items": sum(i.closed for i in m.items), "closed_names": t["closed_names"],
        }


def write_corpus(out: Path, n: int, seed: int = 0) -> dict[str, int]:
    """Write the files and truth.jsonl into `out`; the number of files per layout."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for name, text, row in generate(n, seed):
            (out / name).write_text(text, encoding="utf-8")
            truth.write(json.dumps(row, ensure_ascii=False) + "\n")
            counts[row["layout"]] = counts.get(row["layout"], 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=_DESCRIPTION)
    parser.add_argument("--meetings", type=int, required=True, help="number of meetings (files) to write")
    parser.add_argument("--out", type=Path, required=True, help="output folder (truth.jsonl goes there too)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.meetings < 1:
        parser.error("--meetings must be at least 1")
    started = time.perf_counter()
    counts = write_corpus(args.out, args.meetings, args.seed)
    layout_counts = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    print(f"wrote {args.meetings} meetings to {args.out} in {time.perf_counter() - started:.1f} s ({layout_counts})")
    return 0


