"""The participant sections as the segmenter hands them on, mended of what the list readers take amiss.

One pass per quirk, each in its own module: the writer's "undertegnede" (`late_lists.py`), a roster's
personal deputies and a deputy who came instead (`deputy_lines.py`), an agenda table's heading row
under the last list (`agenda_columns.py`).
"""
from __future__ import annotations

from ingest.agenda_columns import without_agenda_rows
from ingest.deputy_lines import deputy_sections
from ingest.late_lists import without_self_references
from ingest.model import ParticipantSection


def mend_sections(sections: tuple[ParticipantSection, ...]) -> tuple[ParticipantSection, ...]:
    """`sections` with each quirk above mended."""
    return without_agenda_rows(deputy_sections(without_self_references(sections)))
