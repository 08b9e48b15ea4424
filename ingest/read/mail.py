"""A raw e-mail saved as a text file, read as a person's mail program shows it: its headers, then its text.

Minutes often reach the archive as the mail they were sent in, saved with its headers ("Received:", "MIME-Version:",
"Content-Transfer-Encoding: quoted-printable") and its body in the transfer encoding: "J=C3=B8rgen", and lines cut
at 76 characters by a "=" that splits words and names ("Fastru=" / "p"). Read as it stands, no name, title or
closed marker across such a break is found. The standard library's `email` package decodes what the format
defines: encoded header words (RFC 2047), quoted-printable and base64 bodies, each in its declared charset; the
plain-text body is preferred to the HTML one, which is read as a page. The headers a mail program shows are kept as
Danish Outlook writes them in a forwarded mail ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"), so the date the mail was
sent is read as that ("Sendt:"), never as the meeting's (`ingest/header.py`).

An attachment is shown by its file name, and a secretariat sends the closed item of minutes as an attachment named
for what it is ("Pkt4_LUKKET_kun_bestyrelsen.txt", "Fortroligt bilag til punkt 4" as its description) while the
attachment's own text carries no marker. Such an attachment is left out: in its place, at the end, stands a closed
annex of the lexicon ("Lukket bilag", `data/lexicon/closed_markers.txt`) over a note that it was left out, which the
segmenter blanks and counts as one closed part, its name too. A name whose "lukket" describes a thing the
attachment's own text calls closed ("Klubhuset_lukket_i_juli.txt": "Klubhuset er lukket i juli") marks nothing.
"""
from __future__ import annotations

import email
import logging
import re
from email import policy
from email.errors import MessageError
from email.message import EmailMessage

from ingest.closed import closed_title
from ingest.closed_descriptions import describes_closed_thing
from ingest.read.markup import html_to_text

_LOG = logging.getLogger(__name__)

# a header block: field lines ("Name: value") and their folded continuations, up to the first blank line
_FIELD = re.compile(r"[!-9;-~]+:(?:[ \t].*)?")
_CONTINUATION = re.compile(r"[ \t]+\S.*")
# fields only a message as it travels has, never the head of minutes or a mail pasted into them
_TRANSPORT = frozenset({"mime-version", "content-type", "content-transfer-encoding", "message-id", "received",
                        "return-path", "delivered-to", "x-mailer"})
_ADDRESSING = frozenset({"from", "date", "subject", "to"})
_SHOWN = (("From", "Fra"), ("Date", "Sendt"), ("To", "Til"), ("Cc", "Cc"), ("Subject", "Emne"))
# what separates the words of a file name ("Pkt4_LUKKET_kun-bestyrelsen.txt"), and its extension
_NAME_GAPS = re.compile(r"[_\-.+]+")
_EXTENSION = re.compile(r"\.\w{1,5}$")
_LEFT_OUT = "Lukket bilag: {name}\n[Vedhæftet fil, udeladt af referatet]"


def is_mail(text: str) -> bool:
    """Whether `text` starts with the header block of an e-mail as it travels (a transport field and an address).

    >>> is_mail("From: Ib <ib@x.dk>\\nMIME-Version: 1.0\\n\\nHej"), is_mail("Fra: Ib\\nEmne: Referat\\n\\nHej")
    (True, False)
    """
    lines = text.lstrip("\n").split("\n")
    if lines and lines[0].startswith("From "):  # a mailbox file's separator line
        lines = lines[1:]
    names = set()
    for line in lines:
        if not line.strip():
            break
        if _FIELD.fullmatch(line):
            names.add(line.split(":", 1)[0].lower())
        elif not (names and _CONTINUATION.fullmatch(line)):
            return False
    else:
        return False  # no body after the headers
    return bool(names & _TRANSPORT) and bool(names & _ADDRESSING)


def read_mail(text: str) -> str | None:
    """The shown headers and the decoded text of a raw e-mail, or None when `text` is no e-mail (see `is_mail`).

    >>> print(read_mail("From: =?utf-8?q?J=C3=B8rgen?= <j@x.dk>\\nMIME-Version: 1.0\\n"
    ...                 "Content-Transfer-Encoding: quoted-printable\\n\\nM=C3=B8de i g=\\n=C3=A5r"))
    Fra: Jørgen <j@x.dk>
    <BLANKLINE>
    Møde i går
    """
    if not is_mail(text):
        return None
    if text.lstrip("\n").startswith("From "):
        text = text.lstrip("\n").split("\n", 1)[1]
    try:
        return _shown_mail(text)
    except (MessageError, ValueError, LookupError, IndexError, TypeError, AttributeError) as exc:
        # the header parser of the email package fails on some malformed fields: then read as the text it is
        _LOG.warning("an e-mail's headers could not be parsed (%s); read as plain text", exc)
        return None


def _shown_mail(text: str) -> str:
    """The headers a mail program shows, then the body (plain text before HTML) and any plain-text attachments."""
    message = email.message_from_string(text, policy=policy.default)
    assert isinstance(message, EmailMessage)  # the default policy's message class
    shown = [f"{label}: {' '.join(str(message[name]).split())}" for name, label in _SHOWN if message[name]]
    body = message.get_body(preferencelist=("plain", "html"))
    texts = [_text(body)] if isinstance(body, EmailMessage) else []
    left_out = []  # attachments named as closed: after everything read, as a closed annex closes all below it
    for part in message.iter_attachments():
        if not isinstance(part, EmailMessage):
            continue
        if _named_closed(part):
            left_out.append(_LEFT_OUT.format(name=" ".join(str(part.get_filename() or "").split())))
        elif part.get_content_type() == "text/plain":
            texts.append(_text(part))
    texts += left_out
    return "\n".join(shown) + "\n\n" + "\n\n".join(t.strip("\n") for t in texts if t.strip())


def _named_closed(part: EmailMessage) -> bool:
    """Whether an attachment's file name or description marks it closed (see the module), read as words.

    >>> part = EmailMessage()
    >>> part["Content-Disposition"] = 'attachment; filename="Pkt4_LUKKET_kun_bestyrelsen.txt"'
    >>> _named_closed(part)
    True
    """
    words = [_NAME_GAPS.sub(" ", _EXTENSION.sub("", str(part.get_filename() or ""))),
             str(part.get("Content-Description") or "")]
    said = [" ".join(w.split()) for w in words if w.strip()]
    if not any(closed_title(w) for w in said):
        return False
    own = _text(part).split("\n") if part.get_content_maintype() == "text" else []
    return not all(describes_closed_thing(w, own) for w in said if closed_title(w))


def _text(part: EmailMessage) -> str:
    """A text part's content: decoded from its transfer encoding in its charset; an HTML part read as a page."""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding in ("quoted-printable", "base64"):
        data = part.get_payload(decode=True)
        raw = data if isinstance(data, bytes) else b""
        try:
            content = raw.decode(part.get_content_charset() or "utf-8")
        except (LookupError, UnicodeDecodeError):  # a wrong or unknown charset: the bytes as Windows Western
            content = raw.decode("cp1252", errors="replace")
    else:  # 7bit, 8bit: the text is already as it was written
        payload = part.get_payload()
        content = payload if isinstance(payload, str) else ""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    return html_to_text(content) if part.get_content_subtype() == "html" else content
