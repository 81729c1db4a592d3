"""Cleaning what residents and calendar feeds type: no HTML, control characters or contacts."""

import html
import re
import unicodedata

from django.utils.text import slugify

import nh3

# Line and paragraph breaks survive in multi-line text; every other control or format
# character (NUL, escape sequences, bidi overrides, zero-width tricks) is dropped.
_KEEP = {"\n", "\t"}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<!\d)(\+|00)?\d[\d \-().]{7,}\d(?!\d)")


def strip_html(value: str) -> str:
    """Remove tags (and script/style contents); return plain text, entities decoded."""
    for _ in range(3):  # decoded entities may form new tags: clean until stable
        cleaned = html.unescape(nh3.clean(value, tags=set()))
        if cleaned == value:
            break
        value = cleaned
    return value


def strip_control(value: str, multiline: bool = False) -> str:
    """Drop control and format characters; keep newlines only in multi-line text."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    keep = _KEEP if multiline else set()
    out = []
    for char in value:
        if char in keep:
            out.append(char)
        elif unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            out.append(" " if char in "\n\t" else "")
        else:
            out.append(char)
    return "".join(out)


def clean_text(value: str, multiline: bool = False) -> str:
    """Plain, printable text with tidy whitespace."""
    value = strip_control(strip_html(strip_control(value or "", multiline)), multiline)
    if multiline:
        lines = [" ".join(line.split()) for line in value.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return " ".join(value.split())


def has_contact_details(value: str) -> bool:
    """Whether public text contains something that looks like an e-mail address or phone number."""
    if EMAIL_RE.search(value):
        return True
    return any(sum(c.isdigit() for c in m.group()) >= 9 for m in PHONE_RE.finditer(value))


def free_slug(taken: set, title: str) -> str:
    """A slug for ``title`` not in ``taken`` (``-2``, ``-3`` ... appended), added to ``taken``."""
    base = slugify(title)[:70] or "activiteit"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug
