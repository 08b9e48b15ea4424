"""HTML elements as the page reader (`ingest/read/markup.py`) sees them: which make blocks and cells, which are
never read (scripts, navigation, struck-through or hidden text), which are inline, which carry an icon's or an
image's words, and which tags mark HTML pasted into plain text.
"""
from __future__ import annotations

import re

BLOCK = frozenset(
    "p div li tr table thead tbody tfoot ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article header "
    "footer nav main aside blockquote pre hr title caption figure figcaption address form center "
    "fieldset legend details summary".split()
)
CELL = frozenset({"td", "th"})
# a site's navigation (menus, breadcrumbs "Forside › Politik › Råd og nævn") is no part of any page's text
SKIP = frozenset({"script", "style", "head", "template", "noscript", "nav"})
NUMBERED = re.compile(r"\d+[.)]\s")  # an item that writes its own number
# Struck-through and hidden text is not part of the minutes a reader sees: publishers strike or hide what they take
# out of the public version ("Tekst med rød og gennemstreget skrift udgår af den offentlige version"), so it is
# never read: <del>, <s>, <strike>, a style with "line-through", "display: none" or "visibility: hidden", the
# hidden attribute.
STRUCK_TAGS = frozenset({"del", "s", "strike"})
HIDDEN_STYLE = re.compile(r"line-through|display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
IMPLICITLY_CLOSED = frozenset({"p", "li", "dt", "dd", "tr", "td", "th"})  # "<p>a<p>b": the second ends the first
BULLETS = tuple("•·◦○●▪▫■□‣⁃-–—*")
CONTAINERS = frozenset({"div", "section", "article", "aside", "details", "fieldset"})
# inline elements set side by side with no space between ("<span>4</span><span>Ansøgning</span><span>Lukket
# punkt</span>" in a fold-out's summary: the page's CSS spaces them); a space goes between a digit and a letter and
# between a small letter and a capital at their edge, not inside a word ("<b>L</b>ukket")
INLINE = frozenset("span b strong i em a label small mark font u".split())
# Elements whose images are part of the text: an icon in a heading ("<h2><img alt="Lukket punkt"> 3. …")
# or a status cell says something about the item; its text goes after the element's own text, so the
# item number still starts the line. A logo or a file name as alt text says nothing.
TEXT_BLOCKS = frozenset("h1 h2 h3 h4 h5 h6 p li dt dd caption".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# An icon drawn by a glyph or a font ("<span title="Lukket punkt">🔒</span>", "<i class="fa-lock"
# aria-label="Lukket"></i>") says what it means in its title, as an image does in its alt text.
ICON_TAGS = frozenset("span i abbr small sup em".split())
NO_IMAGE_TEXT = re.compile(r"logo|\.(?:png|jpe?g|gif|svg|bmp|webp)$", re.IGNORECASE)


def words_apart(before: str, after: str) -> bool:
    """Whether two pieces of text at the edge of inline elements are separate words: a digit and a letter, or a
    small letter and a capital ("4|Ansøgning", "lokaletilskud|Lukket"), not "L|ukket"."""
    if not before or not after or not before.isalnum() or not after.isalnum():
        return False
    return (before.isdigit() != after.isdigit()) or (before.islower() and after.isupper())


def tick_box(attrs: list[tuple[str, str | None]]) -> str:
    """A form's check box or radio button as the box a reader sees: "☒" ticked, "☐" not, so that an option not
    ticked ("<input type=checkbox> Lukket punkt") says nothing (`ingest.read.cells.ticked_options`); "" for other input."""
    values = dict(attrs)
    if (values.get("type") or "").lower() in ("checkbox", "radio"):
        return "☒ " if "checked" in values else "☐ "
    return ""


def icon_label(attrs: list[tuple[str, str | None]]) -> str:
    """What an icon says it means: its title or its aria-label."""
    values = dict(attrs)
    return values.get("title") or values.get("aria-label") or ""


# Tags recognised inside plain text. Anything else that looks like a tag ("<Kommune>") is text.
_FRAGMENT_TAGS = (
    r"p|br|div|span|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|h[1-6]|i|b|u|s|em|strong|a|sup|sub"
    r"|font|small|big|strike|del|ins|mark|img|hr|blockquote|pre|section|article|header|footer"
    r"|dl|dt|dd|caption|center|script|style"
)
_FRAGMENT_TAG = re.compile(rf"<\s*/?\s*(?:{_FRAGMENT_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
NOT_A_TAG = re.compile(rf"<(?!\s*/?\s*(?:{_FRAGMENT_TAGS})(?:\s[^<>]*)?/?>|!--)", re.IGNORECASE)


def has_html_fragments(text: str) -> bool:
    """True when plain text carries HTML tags such as <p>, <br>, <td> or <i>."""
    return _FRAGMENT_TAG.search(text) is not None
