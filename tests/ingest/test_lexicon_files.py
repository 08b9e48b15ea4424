"""The name and municipality lexicon files under data/lexicon/ parse and hold what they promise."""
from __future__ import annotations

from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parents[2] / "data" / "lexicon"
MOJIBAKE = ("Ã", "Â", "\ufffd")

COMMON_DANISH = (
    "Anne Mette Lotte Birgit Birgitte Martha Sten Thorkild Thorkil Gitte Ruth Britta Bjarne Lone "
    "Morten Henrik Karina Charlotte Berit Sonja Christian Line Susanne Tonny Finn John Peter Jens "
    "Monica Gunver Rebecca Helle Ulla Lilian Pia Eva Karin Lisbeth Caroline Tove Kristian Trine "
    "Katrine Arna Jola Andreas Erik"
).split()
IMMIGRANT_COMMUNITIES = (
    "Mohammed Muhammad Ahmed Fatima Aisha Ali Hassan Mustapha Mustafa Nada Jamila Sahra Hiba "
    "Massoud Fuad Mahin Ruban Isam Dusan Jozef Fargana Rukiye Imad Silas Aligo"
).split()
COMMON_SURNAMES = "Jensen Nielsen Hansen Pedersen Andersen Jørgensen Sørensen Møller Østergaard Kjær".split()
REGIONS = {"Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"}


def entries(name: str) -> list[str]:
    """Non-comment lines of a lexicon file, as written (a blank line counts as a blank entry)."""
    text = (LEXICON / name).read_text(encoding="utf-8")
    assert text.endswith("\n"), f"{name}: no final newline"
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]


def municipality_rows() -> list[list[str]]:
    return [line.split("\t") for line in entries("municipalities.tsv")]


@pytest.mark.parametrize("name", ["first_names.txt", "surnames.txt"])
def test_name_file_is_clean(name: str) -> None:
    names = entries(name)
    assert len(names) >= 900
    assert all(n.strip() for n in names), "blank entry"
    assert all(n == n.strip() and "\t" not in n for n in names), "stray whitespace"
    assert not [n for n in names if any(m in n for m in MOJIBAKE)], "mojibake"
    assert not [n for n in names if any(ch.isdigit() for ch in n)]
    assert not [n for n in names if not all(ch.isalpha() or ch in " -'" for ch in n)]
    folded = [n.casefold() for n in names]
    assert len(folded) == len(set(folded)), sorted({n for n in folded if folded.count(n) > 1})


@pytest.mark.parametrize("name", ["first_names.txt", "surnames.txt"])
def test_name_file_names_its_sources(name: str) -> None:
    head = (LEXICON / name).read_text(encoding="utf-8").split("\n", 5)[:5]
    text = "\n".join(head)
    assert "Faker" in text and "Mimesis" in text and "MIT" in text


def test_first_names_have_the_hand_curated_section_last() -> None:
    lines = (LEXICON / "first_names.txt").read_text(encoding="utf-8").splitlines()
    header = "# hand-curated: common in Danish minutes, not in the sources"
    assert lines.count(header) == 1
    curated = [line for line in lines[lines.index(header) + 1 :] if not line.startswith("#")]
    assert len(curated) >= 200
    sourced = [line for line in lines[: lines.index(header)] if not line.startswith("#")]
    assert len(sourced) >= 1000


def test_first_names_include_common_names() -> None:
    present = {n.casefold() for n in entries("first_names.txt")}
    missing = [n for n in COMMON_DANISH + IMMIGRANT_COMMUNITIES if n.casefold() not in present]
    assert not missing


def test_surnames_include_common_names_repaired() -> None:
    present = set(entries("surnames.txt"))
    assert not [n for n in COMMON_SURNAMES if n not in present]
    assert "TRUE" not in present


def test_municipalities_are_the_98_kommuner() -> None:
    rows = municipality_rows()
    assert len(rows) == 98
    assert all(len(row) == 3 for row in rows), [row for row in rows if len(row) != 3]
    assert all(row[0] and row[0] == row[0].strip() for row in rows), "blank or padded name"
    assert {row[1] for row in rows} == REGIONS
    per_region = {region: sum(row[1] == region for row in rows) for region in REGIONS}
    assert per_region == {"Hovedstaden": 29, "Sjælland": 17, "Syddanmark": 22, "Midtjylland": 19, "Nordjylland": 11}
    names = [row[0].casefold() for row in rows]
    assert len(names) == len(set(names))
    assert not [row for row in rows if any(m in "\t".join(row) for m in MOJIBAKE)]
    for name in ("Lyngby-Taarbæk", "Rudersdal", "Næstved", "Kalundborg", "København", "Aarhus",
                 "Høje-Taastrup", "Ikast-Brande", "Ringkøbing-Skjern", "Bornholm", "Aalborg", "Odense"):
        assert name in {row[0] for row in rows}, name
    assert "christiansø" not in names


def test_municipality_variants_are_clean_and_unambiguous() -> None:
    rows = municipality_rows()
    owner: dict[str, str] = {}
    for name, _region, variants in rows:
        spellings = [v for v in variants.split("|")] if variants else []
        assert all(v and v == v.strip() for v in spellings), f"{name}: blank or padded variant"
        for key in (name, *spellings):
            assert owner.setdefault(key.casefold(), name) == name, f"{key} names two municipalities"
    by_name = {name: variants.split("|") for name, _region, variants in rows}
    for name, variant in (("Lyngby-Taarbæk", "Lyngby-Taarbaek"), ("København", "Koebenhavn"),
                          ("København", "Copenhagen"), ("Aarhus", "Århus"), ("Høje-Taastrup", "Høje Taastrup")):
        assert variant in by_name[name], (name, variant)
