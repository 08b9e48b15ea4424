"""Text a PDF page paints over: opaque rectangles filled after the text, which hide it on screen and in print.

The classic failed redaction: black boxes drawn over the lines in the page's content stream ("0 0 0 rg … re f"),
after the text they cover, so the page shows black bars while the text layer underneath is intact and every
extraction reads it. What a page shows is painted in the order of its content stream, each thing over what came
before (PDF 32000, 8.1), so a word drawn before an opaque rectangle that covers it is not visible, whatever the
colour. A rectangle filled before the text is its background; a see-through fill (an `ExtGState` with `/ca`
below 1, a soft mask, or a blend mode other than `/Normal`, as a highlighter draws) hides nothing, nor does a
path only stroked (a frame), nor a thin one: a line under or through the text, or a table's vertical rule.
"""
from __future__ import annotations

import re
from typing import Any

Box = tuple[float, float, float, float]  # left, bottom, right, top
_FILLS = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})  # the operators that fill the current path
_PATH_ENDS = frozenset({b"S", b"s", b"n"})  # a path stroked, or only clipping: nothing filled
_RECTANGLE = re.compile(rb"\sre\s")


def may_paint_over_text(page: Any) -> bool:
    """Whether a page's content stream draws a rectangle after its first text (a cheap test, before reading it)."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    first_text = data.find(b"BT")
    return first_text >= 0 and _RECTANGLE.search(data, first_text) is not None


class Painting:
    """What a page's content stream fills, in the order it is drawn: fed each operator as text extraction reads it
    (`visit`, pypdf's `visitor_operand_before`), it keeps the count of operators read so far (`drawn`) and, for
    each opaque fill, its rectangles on the page and that count (`fills`)."""

    def __init__(self, page: Any) -> None:
        resources = page.get("/Resources")
        states = resources.get("/ExtGState") if resources is not None else None
        self._states = states.get_object() if states is not None else {}
        self.drawn = 0
        self.fills: list[tuple[Box, int]] = []
        self._path: list[Box] = []
        # the fill's opacity, blend mode and soft mask as the graphics state sets them, saved and restored by q / Q
        self._state: list[dict[str, Any]] = [{"/ca": 1.0, "/BM": "/Normal", "/SMask": "/None"}]

    @property
    def _opaque(self) -> bool:
        state = self._state[-1]
        return float(state["/ca"]) >= 1.0 and state["/BM"] in ("/Normal", "/Compatible") and state["/SMask"] == "/None"

    def visit(self, operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        """Read one operator of the content stream (pypdf's `visitor_operand_before`)."""
        self.drawn += 1
        if operator == b"q":
            self._state.append(dict(self._state[-1]))
        elif operator == b"Q" and len(self._state) > 1:
            self._state.pop()
        elif operator == b"gs" and operands:
            self._set_state(operands[0])
        elif operator == b"re" and len(operands) == 4:
            x, y, width, height = (float(v) for v in operands)
            corners = [(x, y), (x + width, y), (x, y + height), (x + width, y + height)]
            xs = [cm[0] * a + cm[2] * b + cm[4] for a, b in corners]
            ys = [cm[1] * a + cm[3] * b + cm[5] for a, b in corners]
            self._path.append((min(xs), min(ys), max(xs), max(ys)))
        elif operator in _FILLS:
            if self._opaque:
                self.fills += [(box, self.drawn) for box in self._path]
            self._path = []
        elif operator in _PATH_ENDS:
            self._path = []

    def _set_state(self, name: Any) -> None:
        """Apply the named `ExtGState`: only the entries it has change (a blend mode may be a list, its first)."""
        state = self._states.get(name)
        state = state.get_object() if state is not None else {}
        for key in ("/ca", "/BM", "/SMask"):
            if (value := state.get(key)) is not None:
                value = value[0] if isinstance(value, list) and value else value
                # a soft mask given as a dictionary is one: only its name /None says there is none
                self._state[-1][key] = float(value) if key == "/ca" else value if isinstance(value, str) else "/Dict"


def hides(box: Box, middle: float, baseline: float, height: float) -> bool:
    """Whether a filled rectangle hides a letter at `middle` on `baseline` of a font `height` high: it covers the
    letter's lower half, from just above its baseline, not only a line under it or struck through it, and is at
    least half a letter's height wide, not a table's rule that a letter's estimated place may fall on."""
    return (box[0] <= middle <= box[2] and box[1] <= baseline + 0.1 * height and baseline + 0.5 * height <= box[3]
            and box[2] - box[0] >= 0.5 * height)
