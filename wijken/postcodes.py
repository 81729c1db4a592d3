"""Dutch postcodes: normalising what residents type, and finding their wijk."""

import re
from collections.abc import Iterable

POSTCODE_RE = re.compile(r"^[1-9][0-9]{3}(?:[A-Z]{2})?$")


def normalise_postcode(raw: str) -> str | None:
    """'6131 ab ' -> '6131AB'; '6131' -> '6131'; None when it is not a Dutch postcode."""
    cleaned = re.sub(r"\s+", "", (raw or "")).upper()
    if not POSTCODE_RE.match(cleaned):
        return None
    if len(cleaned) == 6 and cleaned[4:] in {"SA", "SD", "SS"}:
        return None
    return cleaned


def parse_postcode_list(text: str) -> tuple[list[str], list[str]]:
    """Split an editor's list ("6131, 6132 AB") into (normalised codes, rejected items)."""
    codes, rejected = [], []
    for item in re.split(r"[,;\n]+", text or ""):
        if not item.strip():
            continue
        code = normalise_postcode(item)
        if code is None:
            rejected.append(item.strip())
        elif code not in codes:
            codes.append(code)
    return codes, rejected


def best_match(postcode: str, candidates: Iterable[tuple[object, list[str]]]):
    """The candidate whose codes cover the postcode: an exact PC6 beats its PC4 area."""
    pc4 = postcode[:4]
    area_match = None
    for candidate, codes in candidates:
        if postcode in codes:
            return candidate
        if area_match is None and pc4 in codes:
            area_match = candidate
    return area_match
