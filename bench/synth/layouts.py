"""The five layouts a meeting is written in (see the package docstring)."""
from __future__ import annotations

import html
import random
import textwrap

from bench.synth.meeting import Meeting, long_date
from bench.synth.vocabulary import MONTHS, VOLUNTEER_CENTRE, WEEKDAYS
from bench.synth.world import Member


# The five layouts. Each renders a meeting as file text and says whom it lists as present and
# absent, as written (first names in layout d).
CITIZEN = {"integration": "repræsentant for borgere med anden etnisk baggrund end dansk",
           "handicap": "repræsentant for borgere med handicap", "ældre": "valgt ved ældrerådsvalget"}
Rendered = tuple[str, list[str], list[str]]


def _names(members: list[Member]) -> list[str]:
    return [x.person.name for x in members]


def _paragraphs(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in (p, "")]


def _render_a(m: Meeting) -> Rendered:
    """Header table flattened to one line per field ("Deltagere<TAB>Name, Org Name, Org …")."""
    b, rng = m.body, m.body.rng

    def entry(x: Member) -> str:
        sub = rng.choice((" (Suppleant)", " (suppleant)")) if x.role == "suppleant" else ""
        return f"{x.person.name}, {x.org or 'borgerrepræsentant'}{sub}"

    listed = [x for x in m.present if x is not m.referent]
    absent = m.absent if rng.random() < 0.5 else []
    lines = ["", "", "", "", "Referat", "", f"Emne/udvalg\t{b.name}", f"Mødested\t{b.location}",
             f"Mødedato\t{m.when:%d.%m.%Y}", f"Mødetidspunkt\tKl. {m.start} – {m.end}", "Bemærkninger\t",
             "Deltagere\t" + " ".join(entry(x) for x in listed)]
    lines += ["Afbud\t" + " ".join(entry(x) for x in absent)] if absent else []
    lines += [f"Referent\t{m.referent.person.name}, {m.referent.org}", ""]
    for n, item in enumerate(m.items, 1):
        lines += [f"{n}. {item.title}", ""] + _paragraphs(item.paragraphs)
    return "\n".join(lines), _names(listed + [m.referent]), _names(absent)


def _b_line(m: Meeting, x: Member) -> str:
    b = m.body
    if x.role == "formand":
        desc = f"formand for {b.name}/" + ("udpeget af Kommunalbestyrelsen" if x.kind == "politician" else x.org or CITIZEN[b.theme])
    elif x.role == "næstformand":
        desc = f"næstformand/formand for {x.org}" if x.kind == "association" else "næstformand"
    elif x.role == "suppleant":
        desc = f"suppleant som repræsentant for {x.org}"
    elif x.kind == "politician":
        desc = f"medlem af {x.org}/udpeget af Kommunalbestyrelsen"
    elif x.kind == "citizen":
        desc = CITIZEN[b.theme]
    else:
        desc = b.rng.choice((f"repræsentant for {x.org}", x.org, f"formand for {x.org}"))
    return f"{x.person.name} {'-' if b.rng.random() < 0.1 else '–'} {desc}"


def _render_b(m: Meeting) -> Rendered:
    """Title with body and municipality, "Deltagere:" one per line with dashes, "Pkt. 1<TAB>Titel"."""
    b, rng = m.body, m.body.rng
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]
    head = [f"Referat fra møde i {b.name} {b.municipality} Kommune",
            f"Mødedato: {long_date(m.when)} kl. {m.start} til {m.end}", f"Mødested: {b.location}", "Deltagere:"]
    head += [_b_line(m, x) for x in members] + ["Sekretariatet:"]
    head += [f"{x.person.name}, {x.title}, {x.org}" for x in staff]
    head += ["Afbud:"] + [_b_line(m, x) for x in m.absent] if m.absent else []
    items = [(f"Pkt. {n}", item) for n, item in enumerate(m.items, 1)]
    if b.format == "html":
        esc = html.escape
        rows = "".join(f"<tr><td>{k}</td><td><p>{esc(i.title)}</p>" + "".join(f"<p>{esc(p)}</p>" for p in i.paragraphs)
                       + "</td></tr>\n" for k, i in items)
        body = "\n".join(f"<p>{esc(line)}</p>" for line in head[1:])
        text = (f'<!DOCTYPE html>\n<html lang="da">\n<head><meta charset="utf-8"><title>Referat</title></head>\n'
                f"<body>\n<h1>{esc(head[0])}</h1>\n{body}\n<table>\n{rows}</table>\n</body>\n</html>\n")
        return text, _names(members + staff), _names(m.absent)
    lines = ["", ""] + _paragraphs(head)
    for k, item in items:
        if rng.random() < 0.5:  # the exported table cell: title and text on one line, in <p> fragments
            lines.append(f"{k}\t<p>{item.title}</p> " + " ".join(f"<p>{p}</p>" for p in item.paragraphs))
        else:
            lines += [f"{k}\t{item.title}"] + item.paragraphs
        if rng.random() < 0.1:
            lines += ["---------------\t--", ""]
    return "\n".join(lines) + "\n", _names(members + staff), _names(m.absent)


def _render_c(m: Meeting) -> Rendered:
    """Name blocks ("Medlemmer", "Fraværende", "Administrationen", "Referent") and case sections."""
    b, rng, md = m.body, m.body.rng, m.body.format == "md"
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]
    h, bullet = ("## " if md else ""), ("- " if md else "")
    lines = ["", "", "", "", f"{'# ' if md else ''}Referat for {b.name}", "", f"Mødedato **{long_date(m.when)}**",
             f"Tid **{m.start.replace('.', ':')}**", f"Sted **{b.location}**", ""]
    for heading, people in (("Medlemmer", members), ("Fraværende", m.absent), ("Administrationen", staff),
                            ("Referent", [m.referent])):
        if people:
            lines += [h + heading, ""] + [bullet + x.person.name + (" (suppleant)" if x.role == "suppleant" else "")
                                         for x in people] + [""]
    items = [i for i in m.items if not i.closed] + [i for i in m.items if i.closed]
    section = rng.random() < 0.5  # closed items under their own heading, or marked one by one
    toc = ["Indhold", "", "Åbne dagsordenspunkter", "", "- | | | |", "|----|---|---|"]
    for n, item in enumerate(items, 1):
        if item.closed and section and not items[n - 2].closed:
            toc += ["", "Lukkede dagsordenspunkter", ""]
        toc.append(f"| {n}. | <u>{item.title}</u> | {n + 1} |")
    lines += toc + [""] + ([] if section and any(i.closed for i in items) else ["Lukkede dagsordenspunkter", ""])
    short = f"{m.when.day}.{m.when.month}.{m.when.year}"
    for n, item in enumerate(items, 1):
        if item.closed:
            lines += (["Lukkede dagsordenspunkter", ""] if section and not items[n - 2].closed else [])
            lines += [f"{n}. {item.title}", ""] + ([] if section else ["Lukket punkt", ""]) + _paragraphs(item.paragraphs)
            continue
        lines += [f"{n}. {item.title}", "", f"Sagsbehandler {m.referent.person.name}",
                  f"Sagsnr 00.01.00-A21-{rng.randint(1, 9)}-{m.when.year % 100}", "", "RESUMÉ", "",
                  f"Kompetenceudvalg: {b.name}", "", "INDSTILLING", "",
                  f"Administrationen indstiller, at {b.name} tager orienteringen til efterretning", "",
                  "SAGSFREMSTILLING", ""] + _paragraphs(item.paragraphs[:1])
        lines += ["BESLUTNING", "", f"{b.name} {short}", ""] + _paragraphs(item.paragraphs[1:] or ["Taget til efterretning."])
    return "\n".join(lines), _names(members + staff), _names(m.absent)


def _wrap(text: str, width: int, rng: random.Random) -> str:
    """A paragraph as a PDF gives it: broken lines with a trailing space, now and then spread out."""
    sep = " \n\n" if rng.random() < 0.15 else " \n"
    return sep.join(textwrap.wrap(text, width)) + " "


def _render_d(m: Meeting) -> Rendered:
    """PDF text: a title line, first-name lists, an org-labelled line, time-slot items, broken lines."""
    b, rng = m.body, m.body.rng
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]

    def form(x: Member) -> str:
        mark = " (dir.)" if x.role == "formand" else " (ref.)" if x is m.referent else ""
        return m.ref(x) + mark

    lines = [f" Referat -  {b.name} -  {b.municipality} Kommune -  {long_date(m.when)} ",
             "Netværket: " + ", ".join(form(x) for x in members) + " "]
    for label, group in ((f"{b.municipality} Kommune", [x for x in staff if x.org != VOLUNTEER_CENTRE]),
                         (VOLUNTEER_CENTRE, [x for x in staff if x.org == VOLUNTEER_CENTRE])):
        lines += [f"{label}: " + " og ".join(m.ref(x) for x in group) + " "] if group else []
    absent = m.absent if rng.random() < 0.6 else []
    lines += ["Afbud: " + ", ".join(m.ref(x) for x in absent) + " "] if absent else []
    lines += [" ", ""]
    clock = int(m.start.split(".")[0]) * 60 + 30
    for item in m.items:
        end = clock + rng.choice((10, 15, 20, 30, 40, 50))
        slot = f"{clock // 60}.{clock % 60:02d} - {end // 60}.{end % 60:02d}: "
        lines += [_wrap(slot + item.title, rng.randint(24, 34), rng), ""]
        lines += [_wrap(p, rng.randint(66, 76), rng) + "\n " for p in item.paragraphs] + [""]
        clock = end
    return "\n".join(lines), [m.ref(x) for x in members + staff], [m.ref(x) for x in absent]


def _render_e(m: Meeting) -> Rendered:
    """"Punkt 1: Titel" items with an Åbent/Lukket marker, case fields and the decision under a dated line."""
    b, rng, d = m.body, m.body.rng, m.when
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]
    role = {"formand": " (formand)", "næstformand": " (næstformand)", "suppleant": " (suppleant)"}
    lines = ["", "", f"REFERAT {b.name} d. {d:%d-%m-%Y}", "",
             f"Mødedato {WEEKDAYS[d.weekday()]} d. {d:%d}. {MONTHS[d.month - 1]} {d.year} kl. {m.start.replace('.', ':')}", "",
             f"Mødested {b.location}", "", "Deltagere: " + ", ".join(x.person.name + role.get(x.role, "") for x in members), ""]
    lines += ["Fraværende: " + ", ".join(_names(m.absent)), ""] if m.absent else []
    lines += ["Fra administrationen: " + ", ".join(_names(staff)), "", "Indholdsfortegnelse", ""]
    lines += [f"{item.title}.....\t{n + 2}" for n, item in enumerate(m.items, 1)] + [""]
    for n, item in enumerate(m.items, 1):
        marker = rng.choice(("Lukket punkt", "Lukket")) if item.closed else "Åbent"
        lines += [f"Punkt {n}: {item.title}", "", "Sagsfremstilling", "", f"{n}. {item.title}", "", marker, "",
                  f"Sagsnr.: 326-{d.year}-{rng.randint(1000, 99999)}", "", "J.nr.: 00.22.04", "",
                  f"Dokumentnr.: 326-{d.year}-{rng.randint(1000, 199999)}", ""]
        if len(item.paragraphs) > 1 and rng.random() < 0.6:
            lines += ["Sagstype", "", "Orientering.", "", "Resume og sagens baggrund", ""] + _paragraphs(item.paragraphs[:1])
            lines += ["Indstillinger", "", f"Sekretariatet indstiller, at {b.name} drøfter punktet.", "", "Behandling", "",
                      f"{b.name}.", "", "Økonomiske konsekvenser", "", "Ingen økonomiske konsekvenser.", ""]
            lines += [f"{b.name}s møde den {long_date(d)}:", ""] + _paragraphs(item.paragraphs[1:])
        else:
            lines += [f"{b.name}s møde den {long_date(d)}:", ""] + _paragraphs(item.paragraphs)
    return "\n".join(lines), _names(members + staff), _names(m.absent)


RENDERERS = {"a": _render_a, "b": _render_b, "c": _render_c, "d": _render_d, "e": _render_e}

