"""Labels before a colon that open a list of people or a sentence, not a topic.

"Tovholdere:", "Følgende meldte sig som tovholdere:", "Afdelingsformænd:" introduce people by their
role (any inflection of a word of `roles.tsv`); "Troels orienterede om:" and "Bestyrelsen
konstituerede sig således:" are sentences whose object follows the colon: they end in a
preposition or an adverb that points ahead, or a first name opens them followed by a small word,
or a finite verb of `sentence_verbs.txt` stands after their first word ("Udvalget bevilgede:").
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import fold, load, rows

# what a role word's inflections end in: "tovholdere", "suppleanterne", "formænd", "stemmetællerne"
_INFLECTIONS = ("erne", "ene", "ere", "er", "ne", "e", "en", "et")
# words that end a label pointing at what follows the colon ("orienterede om:", "konstituerede sig således:",
# "evaluerede kort:")
_POINTING_AHEAD = frozenset({"om", "således", "følgende", "fremover", "til", "at", "for", "med", "fra", "af", "sig",
                            "kort"})
_INITIALS = re.compile(r"[A-ZÆØÅ]{2,4}$")
# plural role nouns that do not end like their singular ("formænd" of "formand")
_IRREGULAR = (("mænd", "mand"), ("kvinder", "kvinde"))


@functools.lru_cache(maxsize=1)
def _sentence_verbs() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in rows("sentence_verbs.txt"))


@functools.lru_cache(maxsize=100_000)
def _is_role_word(word: str) -> bool:
    roles = load().roles
    key = fold(word)
    if key in roles or key in load().board_posts:  # "Revisor:", "Nyvalgt:" (a general assembly's elections)
        return True
    forms = [key[: -len(e)] for e in _INFLECTIONS if key.endswith(e) and len(key) - len(e) >= 4]
    forms += [key[: -len(p)] + s for p, s in _IRREGULAR if key.endswith(p)]
    # "stemmetællerne": a compound whose last part is a role ("stemmetæller" is no entry, "tæller" may be)
    return any(f in roles or any(f.endswith(r) and len(r) >= 6 for r in roles) for f in forms)


def opens_people_or_sentence(words: list[str]) -> bool:
    """Whether a label (its words) introduces people by role, or is a sentence pointing past its colon."""
    if any(_is_role_word(w) for w in words):
        return True
    if len(words) >= 2 and fold(words[-1]) in _POINTING_AHEAD:
        return True
    if any(fold(w) in _sentence_verbs() for w in words[1:]):
        return True  # "Hanne Skov orienterede:", "Samrådet besluttede følgende fordeling:"
    lex = load()
    first = fold(words[0])
    # "MH orienterede:": a person by initials, as minutes that name people so write them
    named = lex.is_first_name(words[0]) and first not in lex.ambiguous_first_names or _INITIALS.match(words[0])
    return len(words) >= 2 and bool(named) and words[1][:1].islower()  # "Anne-Grethe orienterede:" too
