"""Text a PDF draws in an optional-content layer that is not shown, or that the layer's name says is closed.

A PDF's layers (optional-content groups, "Lag" in Acrobat) are listed in the catalog's `/OCProperties`; a page draws
into one between `/OC /name BDC` and `EMC`, the name looked up in the page's `/Properties` (PDF 32000, 8.11). The
default configuration (`/D`) says which layers a viewer shows when it opens the file: `/BaseState` (on unless it says
`/OFF`), turned on by `/ON` and off by `/OFF`. A layer off by default is neither shown nor printed, so its text is no
part of the minutes a reader sees, whatever it is called; its text stays in the content stream, where every
extraction reads it. A layer whose name is a closed marker ("Lukket punkt", "Fortroligt_pkt5", split at "_", camel
case and digits as a Word bookmark's is) holds what was meant to be left out, shown or not. Text drawn in either is
dropped before the page is read: its text-showing operators leave the content stream, the rest of it stays, so the
place of everything else on the page is unchanged. A membership dictionary (`/OCMD`) is shown as its `/P` policy
says of its layers (`/AnyOn` by default).
"""
from __future__ import annotations

from typing import Any

from ingest.read.names import closed_name

_SHOWN_TEXT = frozenset({b"Tj", b"TJ", b"Do"})  # text, and a form (or an image) that may hold text
_NEXT_LINE = frozenset({b"'", b'"'})  # these show text after moving to the next line: only the move stays
_POLICIES = {"/AnyOn": (any, True), "/AllOn": (all, True), "/AnyOff": (any, False), "/AllOff": (all, False)}


def hidden_layers(reader: Any) -> frozenset[tuple[int, int]]:
    """The (object number, generation) of each layer of a pypdf `reader` that is off by default or named closed."""
    properties = reader.trailer["/Root"].get("/OCProperties")
    if properties is None:  # nearly every PDF: no layers
        return frozenset()
    properties = properties.get_object()
    layers = {_key(ref): ref.get_object() for ref in properties.get("/OCGs") or []}
    default = properties["/D"].get_object() if properties.get("/D") is not None else {}
    on = {_key(ref) for ref in default.get("/ON") or []}
    off = {_key(ref) for ref in default.get("/OFF") or []}
    if str(default.get("/BaseState", "/ON")) == "/OFF":
        off |= set(layers) - on
    named = {key for key, layer in layers.items() if closed_name(str(layer.get("/Name") or ""))}
    return frozenset(off | named)


def drop_hidden_text(page: Any, reader: Any, hidden: frozenset[tuple[int, int]]) -> None:
    """Take from a page's content stream the text drawn inside a layer of `hidden` (see the module)."""
    from pypdf.generic import ContentStream, NameObject

    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    names = resources.get("/Properties")
    forms = resources.get("/XObject")
    if names is None and forms is None:  # the page draws into no layer
        return
    names = names.get_object() if names is not None else {}
    forms = forms.get_object() if forms is not None else {}
    contents = page.get_contents()
    if contents is None:
        return
    stream = ContentStream(contents, reader)
    kept: list[tuple[Any, bytes]] = []
    marked: list[bool] = []  # for each marked-content sequence open, whether it is hidden
    changed = False
    for operands, operator in stream.operations:
        if operator in (b"BDC", b"BMC"):
            shown = len(operands) < 2 or str(operands[0]) != "/OC" or _shown(operands[1], names, hidden)
            marked.append(not shown or bool(marked and marked[-1]))
        elif operator == b"EMC" and marked:
            marked.pop()
        elif (marked and marked[-1] and (operator in _SHOWN_TEXT or operator in _NEXT_LINE)) or (
                operator == b"Do" and operands and _hidden_form(forms.get(operands[0]), hidden)):
            changed = True
            if operator == b'"':  # word and character spacing, then the next line
                kept += [([operands[0]], b"Tw"), ([operands[1]], b"Tc")]
            if operator in _NEXT_LINE:
                kept.append(([], b"T*"))
            continue
        kept.append((operands, operator))
    if changed:
        stream.operations = kept
        # set in the page read into memory only (pypdf 7 lets only a writer's page `replace_contents`)
        page[NameObject("/Contents")] = stream


def _shown(content: Any, names: Any, hidden: frozenset[tuple[int, int]]) -> bool:
    """Whether the layer or membership dictionary a `/OC` marked-content sequence names (a name of the page's
    `/Properties`, or the dictionary itself) is shown."""
    ref = names.get(content) if isinstance(content, str) else content
    if ref is None:
        return True
    group = ref.get_object()
    if str(group.get("/Type")) != "/OCMD":
        return _key(ref) not in hidden
    members = group.get("/OCGs")
    members = members.get_object() if members is not None else []  # one layer, or an array of them
    members = members if isinstance(members, list) else [members]
    if not members:
        return True
    test, on = _POLICIES.get(str(group.get("/P", "/AnyOn")), _POLICIES["/AnyOn"])
    return test((_key(member) not in hidden) == on for member in members)


def _hidden_form(form: Any, hidden: frozenset[tuple[int, int]]) -> bool:
    """Whether a form or image drawn by `Do` belongs, by its own `/OC` entry, to a layer not shown."""
    content = form.get_object().get("/OC") if form is not None else None
    return content is not None and not _shown(content, {}, hidden)


def _key(ref: Any) -> tuple[int, int]:
    """An indirect object's (object number, generation); (-1, id) for a direct one, which no list can name."""
    reference = getattr(ref, "indirect_reference", None) or ref
    number = getattr(reference, "idnum", None)
    return (int(number), int(reference.generation)) if number is not None else (-1, id(ref))
