"""A schedule in words ("elke 2e woensdag van de maand") turned into the RRULE the model stores.

Editors type what they would say; the accepted phrases are listed in ``EXAMPLES`` and in the
template spreadsheet. English phrases ("every second Tuesday of the month") are read too.
"""

import re

from django.utils.translation import gettext as _

DAYS = {
    name: code
    for code, names in zip(
        ("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
        (
            "maandag ma",
            "dinsdag di",
            "woensdag wo",
            "donderdag do",
            "vrijdag vr",
            "zaterdag za",
            "zondag zo",
        ),
        strict=True,
    )
    for name in names.split()
}
ORDINALS = {
    **dict.fromkeys(("1e", "1ste", "eerste"), 1),
    **dict.fromkeys(("2e", "2de", "tweede"), 2),
    **dict.fromkeys(("3e", "3de", "derde"), 3),
    **dict.fromkeys(("4e", "4de", "vierde"), 4),
    "laatste": -1,
}
NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}
# English words read as their Dutch counterparts, so English phrases follow the Dutch patterns.
ENGLISH = dict(
    re.findall(
        r"(\w+)=(\w+)",
        "every=elke each=elke on=op and=en once=eenmalig daily=dagelijks weekly=wekelijks "
        "monthly=maandelijks yearly=jaarlijks day=dag week=week weeks=weken month=maand "
        "year=jaar of=van the=de first=eerste second=tweede third=derde fourth=vierde "
        "last=laatste two=twee three=drie four=vier monday=maandag tuesday=dinsdag "
        "wednesday=woensdag thursday=donderdag friday=vrijdag saturday=zaterdag sunday=zondag",
    )
)
EXAMPLES = (
    "eenmalig",
    "elke dag",
    "elke dinsdag",
    "elke maandag en donderdag",
    "om de week op woensdag",
    "elke 3 weken op vrijdag",
    "elke 2e woensdag van de maand",
    "elke laatste vrijdag van de maand",
    "elke maand op de 15e",
    "elk jaar",
)
EVERY = r"(?:elke|iedere|ieder|elk)"
DAY_PART = re.compile(r"(ochtend|morgen|middag|avond|s)$")


class ScheduleWordsError(ValueError):
    """A phrase we do not understand; the message lists what is accepted."""


def _normalise(text: str) -> str:
    words = re.sub(r"[.!]+$", "", text.lower().strip())
    words = re.sub(r"\s+", " ", words.replace(",", " , ").replace("&", " en "))
    return " ".join(ENGLISH.get(w, w) for w in words.split(" "))


def _day(word: str) -> str | None:
    if word in DAYS:
        return DAYS[word]
    stripped = DAY_PART.sub("", word)  # dinsdagmiddag, dinsdags
    return DAYS.get(stripped) if len(stripped) > 2 else None


def _days(text: str) -> list[str] | None:
    """'maandag , woensdag en vrijdag' -> ['MO', 'WE', 'FR']; None if not only days."""
    words = [w for w in text.split(" ") if w not in {",", "en", "op", "de"}]
    days = [_day(w) for w in words]
    if not days or None in days:
        return None
    return list(dict.fromkeys(days))


def _weekly(days: list[str] | None, interval: int = 1) -> str:
    parts = ["FREQ=WEEKLY"]
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if days:
        parts.append("BYDAY=" + ",".join(days))
    return ";".join(parts)


PATTERNS = (
    (r"^(?:|eenmalig|eenmaal|1 keer|een keer|geen|nee|-)$", lambda m: ""),
    (rf"^(?:dagelijks|{EVERY} dag)$", lambda m: "FREQ=DAILY"),
    (rf"^(?:jaarlijks|{EVERY} jaar)$", lambda m: "FREQ=YEARLY"),
    (rf"^(?:maandelijks|{EVERY} maand)$", lambda m: "FREQ=MONTHLY"),
    (rf"^(?:wekelijks|{EVERY} week)$", lambda m: "FREQ=WEEKLY"),
    (
        rf"^(?:maandelijks|{EVERY} maand) op de (\d{{1,2}})(?:e|ste|de)?$",
        lambda m: _monthday(int(m.group(1))),
    ),
    (
        rf"^{EVERY} (\d{{1,2}})(?:e|ste|de) van de maand$",
        lambda m: _monthday(int(m.group(1))),
    ),
    (
        rf"^{EVERY} (\S+) (\S+) van de maand$",
        lambda m: _nth_weekday(m.group(1), m.group(2)),
    ),
    (
        rf"^(?:om de week|{EVERY} (\S+) weken|om de (\S+) weken)(?: op)?((?: \S+)*)$",
        lambda m: _every_n_weeks(m.group(1) or m.group(2), m.group(3)),
    ),
    (
        rf"^(?:wekelijks|{EVERY} week|{EVERY})(?: op)?((?: \S+)+)$",
        lambda m: _weekly(_days(m.group(1).strip()) or _fail()),
    ),
)


def _fail():
    raise LookupError


def _monthday(day: int) -> str:
    if not 1 <= day <= 31:
        raise LookupError
    return f"FREQ=MONTHLY;BYMONTHDAY={day}"


def _nth_weekday(ordinal: str, day_word: str) -> str:
    number, day = ORDINALS.get(ordinal), _day(day_word)
    if number is None or day is None:
        raise LookupError
    return f"FREQ=MONTHLY;BYDAY={number}{day}"


def _every_n_weeks(count: str | None, rest: str) -> str:
    if count is None:
        interval = 2
    elif count.isdigit() and 1 <= int(count) <= 52:
        interval = int(count)
    else:
        interval = NUMBERS.get(count)
    if interval is None:
        raise LookupError
    days = _days(rest.strip()) if rest.strip() else []
    if days is None:
        raise LookupError
    return _weekly(days, interval)


def to_rrule(text: str) -> str:
    """The RRULE for a phrase ('' for once), or ScheduleWordsError listing what is accepted."""
    phrase = _normalise(text or "")
    for pattern, build in PATTERNS:
        match = re.match(pattern, phrase)
        if match:
            try:
                return build(match)
            except LookupError:
                break
    raise ScheduleWordsError(
        _("de herhaling '%(value)s' begrijpen we niet. Schrijf bijvoorbeeld: %(examples)s")
        % {"value": (text or "").strip(), "examples": ", ".join(f"'{e}'" for e in EXAMPLES)}
    )
