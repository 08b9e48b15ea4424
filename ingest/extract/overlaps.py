"""Two organisation names found in running text that share words are one name.

"Center for Sundhed og Omsorg" is read twice, as "Center for Sundhed" (a head and what follows it up
to "og") and as "Sundhed og Omsorg" (a municipal area); the two spans overlap on "Sundhed", and the
name the text writes is their union, as municipal units are named ("Center for Teknik og Miljø").
"""
from __future__ import annotations

Found = tuple[str, int, int]  # (name, start, end) in the document


def joined_overlaps(found: list[Found], text: str) -> list[Found]:
    """`found` with each pair of partly overlapping names on one line replaced by their union.

    >>> t = "Center for Sundhed og Omsorg"
    >>> joined_overlaps([("Center for Sundhed", 0, 18), ("Sundhed og Omsorg", 11, 28)], t)
    [('Center for Sundhed og Omsorg', 0, 28)]
    """
    if len(found) < 2:
        return found
    spans = sorted(found, key=lambda f: (f[1], -f[2]))
    joined: list[Found] = []
    for name, a, b in spans:
        if joined:
            _, pa, pb = joined[-1]
            if pa < a < pb < b and "\n" not in text[pa:b]:
                joined[-1] = (text[pa:b], pa, b)
                continue
        joined.append((name, a, b))
    return joined
