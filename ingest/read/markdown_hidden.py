"""What a Markdown file holds that its rendered page never shows: HTML comments, and fenced divs that the page's
own attributes hide.

- `<!-- … -->` is an HTML comment in Markdown as in HTML: no renderer shows it, so its text goes, whatever it says
  (a whole agenda item commented out so it never reaches the association's site). An unclosed "<!--" hides the
  rest of the file, as a browser does.
- A Pandoc/Quarto fenced div (`::: {#id .class key="value"}` … `:::`, nestable) is hidden when its class is
  "hidden", its style hides it ("display: none"), or Quarto's conditional content leaves it out of the published
  page: `.content-hidden` whose conditions hold there, `.content-visible` whose conditions do not
  (`when-format`/`unless-format` judged for HTML; `when-profile`/`unless-profile` for a published profile,
  `data/lexicon/closed_markers.txt` kind `published_profile`; an unknown condition, `when-meta`, hides).
  A shown div's fences go; its `title` (a Quarto call-out's) stays as a line. A div whose class or data attribute
  says closed ("::: {.lukket}") is left as written: its fence line then stands above the text, and the item's own
  words close it as before.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load
from ingest.read.markup_closed import restricted
from ingest.read.markup_elements import HIDDEN_STYLE

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(:{3,})[ \t]*(.*?)[ \t]*$")
_ATTRIBUTE = re.compile(r"""([.#]?)([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'}]*)))?""")
# Quarto's HTML formats ("html" in a condition means all of them)
_HTML_FORMATS = frozenset("html html4 html5 revealjs dashboard".split())
_CONDITIONS = ("when-format", "unless-format", "when-profile", "unless-profile", "when-meta", "unless-meta")


def drop_comments(text: str) -> str:
    """Text without its HTML comments (an unclosed one runs to the end).

    >>> drop_comments("a\\n<!--\\n## 4. Klage\\n-->\\nb <!-- note --> c")
    'a\\n\\nb  c'
    """
    return _COMMENT.sub("", text) if "<!--" in text else text


def read_fenced_divs(text: str) -> str:
    """Text without the fenced divs its published page hides; a shown div's fences dropped (a fence line of words,
    "::: warning Lukket", is left to `clean_markdown`, which reads it as a call-out; a closed div's is left too).

    >>> read_fenced_divs('a\\n::: {.content-hidden when-profile="web"}\\nskjult\\n:::\\nb')
    'a\\nb'
    """
    if ":::" not in text:  # cheap test first: few files hold a fenced div
        return text
    out: list[str] = []
    divs: list[str] = []  # per open div: "hidden", "shown" or "words" (its fence lines left as they are)
    for line in text.split("\n"):
        m = _FENCE.match(line)
        hiding = "hidden" in divs
        if m is None:
            if not hiding:
                out.append(line)
            continue
        opener = m.group(2).rstrip(":").strip()
        if not opener:  # a closing fence
            kind = divs.pop() if divs else "words"
            if not hiding:
                out.append(line if kind == "words" else "")
            continue
        attrs: dict[str, str] = {}
        if not opener.startswith("{"):
            classes = [opener.split()[0]]
            kind = "hidden" if _hidden(classes, attrs) else "words"
        else:
            classes, attrs = _attributes(opener)
            kind = ("hidden" if _hidden(classes, attrs)
                    else "words" if restricted([("class", " ".join(classes)), *attrs.items()]) else "shown")
        divs.append(kind)
        if not hiding and kind != "hidden":
            out.append(line if kind == "words" else attrs.get("title", ""))
    return "\n".join(out)


def _attributes(braced: str) -> tuple[list[str], dict[str, str]]:
    """The classes and the key-value attributes of a Pandoc attribute block ("{#id .a .b key="v"}")."""
    classes: list[str] = []
    attrs: dict[str, str] = {}
    for m in _ATTRIBUTE.finditer(braced.strip("{} \t")):
        sign, name, value = m.group(1), m.group(2), next((v for v in m.groups()[2:] if v is not None), None)
        if sign == ".":
            classes.append(name)
        elif not sign and value is not None:
            attrs[name.lower()] = value
        elif not sign:
            attrs[name.lower()] = ""  # a bare key ("hidden"), as an HTML boolean attribute
    return classes, attrs


def _hidden(classes: list[str], attrs: dict[str, str]) -> bool:
    """Whether a div's classes and attributes hide it from the published HTML page."""
    if "hidden" in classes or "hidden" in attrs or HIDDEN_STYLE.search(attrs.get("style", "")):
        return True
    visible, hidden = "content-visible" in classes, "content-hidden" in classes
    if not visible and not hidden:
        return False
    held = [_holds(key, value) for key, value in attrs.items() if key in _CONDITIONS]
    if None in held:  # a condition not known here (a metadata value): the div may be left out, so it goes
        return True
    return all(held) if hidden else not all(held)


def _holds(key: str, value: str) -> bool | None:
    """Whether a Quarto condition holds when the published HTML page is rendered (None: not known here)."""
    values = {fold(v) for v in re.split(r"[\s,]+", value) if v}
    if key.endswith("-format"):
        matched = bool(values & _HTML_FORMATS)
    elif key.endswith("-profile"):
        matched = bool(values & set(load().closed_words("published_profile")))
    else:
        return None
    return matched if key.startswith("when-") else not matched
