"""The group an activity is for belongs to its name (ingest/extract/target_groups.py)."""
from __future__ import annotations

from ingest.extract.initiatives import initiatives
from ingest.extract.target_groups import with_target_groups


def _names(text: str) -> set[str]:
    return {i.name for i in with_target_groups(text, initiatives(text, [(0, len(text))], set()))}


def test_a_group_after_for_is_part_of_the_name():
    assert "Strikkecafé for kvinder" in _names("Rådet bevilgede 4.000 kr. til Strikkecafé for kvinder i Vestby.")
    assert "Lektiecafé for tosprogede børn" in _names("Foreningen driver Lektiecafé for tosprogede børn hver tirsdag.")


def test_one_thing_said_of_the_group_after_med_or_fra_belongs_too():
    assert "Familiedag for børn fra asylcentret" in _names("Spejderne holder Familiedag for børn fra asylcentret.")
    assert "Fredagscaféen for unge med handicap" in _names("Fredagscaféen for unge med handicap fortsætter i år.")


def test_an_age_is_a_group_and_a_year_is_none():
    assert "Håndboldturnering for 8-12-årige" in _names("Klubben holder Håndboldturnering for 8-12-årige i maj.")
    assert "Kulturpuljen" in _names("Kulturpuljen for 2019 er brugt op.")
