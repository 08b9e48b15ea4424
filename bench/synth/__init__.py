"""Synthetic minutes in the real layouts: `python -m bench.synth --meetings N --out DIR [--seed S]`.

Writes N meetings of many municipalities and bodies over 2012-2025 as files in five layouts
seen in data/samples and tests/fixtures/layouts: (a) a flattened header table, (b) dash lines
and "Pkt. 1", (c) name blocks with case sections, (d) PDF text with first-name lists and time
slots, (e) "Punkt 1:" items with Åbent/Lukket markers. Each body has a roster that changes
from year to year (members leave and join, chairs change, substitutes stand in), recurring
initiatives, grants and partners. DIR/truth.jsonl says per file what a reader should find.
The same seed and N give the same bytes.

Modules: `vocabulary` (phrases and name lists), `world` (people and bodies with their rosters),
`meeting` (one meeting and its agenda text), `layouts` (the five renderings), `corpus` (the
schedule, the files and the command line).
"""
from bench.synth.corpus import generate, main, write_corpus

__all__ = ["generate", "main", "write_corpus"]
