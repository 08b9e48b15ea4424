"""Initiatives named by what an amount or an idea is for: "søger 5.000 kr. til lektiehjælp for nye
elever", "Ideen om en fælles kalender på nettet blev drøftet"; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Fritidsråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return {i.name for i in facts_of(text, "u.txt").initiatives}


def test_an_application_names_the_activity_it_is_for():
    found = _initiatives("1. Puljen\n- Ydby Skakklub søger 5.000 kr. til skoleskak for nye elever på biblioteket.\n"
                         "- Bestyrelsen gav 2.000 kr. til Ydby Roklub til en udflugt for frivillige.\n"
                         "Bestyrelsen bevilgede 4.000 kr. fra puljen til kurset.\n")
    assert {"skoleskak for nye elever", "udflugt for frivillige"} <= found
    assert "kurset" not in found


def test_a_funds_own_purpose_is_no_activity():
    found = _initiatives("1. Tilskud\nVi har fået 9.000 kr. fra Sundhedsstyrelsens pulje til sundhedsfremme for ældre.\n")
    assert "sundhedsfremme for ældre" not in found


def test_an_idea_or_a_proposal_names_its_subject():
    found = _initiatives("1. Eventuelt\nIdeen om en fælles kalender på nettet blev drøftet. Forslaget om at bede "
                         "kommunen om en fast bybus til Ydby om lørdagen sættes i bero.\n")
    assert {"fælles kalender på nettet", "fast bybus til Ydby"} <= found
