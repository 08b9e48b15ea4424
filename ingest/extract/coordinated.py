"""Coordinated names, one per body: "Integrationsrådene i Furesø, Gentofte og Gladsaxe" names three councils,
"Integrationsrådet i Furesø", "… i Gentofte" and "… i Gladsaxe"."""
from __future__ import annotations

import re

_PLACES = re.compile(r"\s+i\s+([A-ZÆØÅ][\w\-]*(?:,\s*[A-ZÆØÅ][\w\-]*)*\s+og\s+[A-ZÆØÅ][\w\-]*)")
_PLURAL = re.compile(r"(ene|erne)$")
_PLACE_SEPARATOR = re.compile(r",|\bog\b")


def expand_coordinated(name: str, a: int, b: int, text: str) -> list[tuple[str, int, int]]:
    """Coordinated names, one per body: "Integrationsrådene i Furesø, Gentofte og Gladsaxe"."""
    if not name.endswith(("ene", "erne", "ene\n", "erne\n")):  # cheap test first: what `_PLURAL` needs
        return [(name, a, b)]
    tail = _PLACES.match(text[b : b + 120])
    words = name.split()
    if len(words) == 1 and tail and _PLURAL.search(name):
        singular = re.sub(r"ene$", "et", re.sub(r"erne$", "en", name))
        places = [p.strip() for p in _PLACE_SEPARATOR.split(tail.group(1)) if p.strip()]
        return [(f"{singular} i {place}", a, b + tail.end()) for place in places]
    return [(name, a, b)]
