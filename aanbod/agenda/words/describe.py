"""A schedule read back in words: "Elke tweede dinsdag van de maand, 10:00-12:00, tot en met …".

Works for every rule the portal stores: the ones the schedule widget makes and, in more general
words, the ones an iCal import brings in. Dutch msgids; English through gettext.
"""

import datetime

from django.utils import formats
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from aanbod.agenda.schedules import LOCAL_TZ
from aanbod.agenda.words.rules import (
    BY_WEEKDAY,
    COUNT,
    DAILY,
    ONCE,
    UNTIL,
    WEEKDAYS,
    WEEKLY,
    Schedule,
    rule_parts,
    schedule_from_rule,
)

EN_DASH = "\u2013"


def weekday_names() -> dict[str, str]:
    """RRULE day codes to day names in the active language ('TU' -> 'dinsdag')."""
    names = [_("maandag"), _("dinsdag"), _("woensdag"), _("donderdag"), _("vrijdag")]
    return dict(zip(WEEKDAYS, [*names, _("zaterdag"), _("zondag")], strict=True))


def ordinal_names() -> dict[int, str]:
    """Ordinals of a weekday in the month (1 -> 'eerste', -1 -> 'laatste')."""
    return {1: _("eerste"), 2: _("tweede"), 3: _("derde"), 4: _("vierde"), -1: _("laatste")}


def day_of_month(number: int) -> str:
    """'15e' in Dutch, '15th' in English."""
    if not (get_language() or "nl").startswith("en"):
        return f"{number}e"
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def join_words(words: list[str]) -> str:
    """'maandag, woensdag en vrijdag' ('and' in English)."""
    if len(words) <= 1:
        return "".join(words)
    return _("%(first)s en %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def long_date(day: datetime.date) -> str:
    """'30 juni 2027' in the active language."""
    return formats.date_format(day, "j F Y")


def _times(start: datetime.datetime | None, end: datetime.datetime | None) -> str:
    if not start:
        return ""
    local_start = start.astimezone(LOCAL_TZ)
    text = local_start.strftime("%H:%M")
    if end and end > start:
        text += EN_DASH + end.astimezone(LOCAL_TZ).strftime("%H:%M")
    return text


def _repeat(schedule: Schedule) -> str:
    days = weekday_names()
    n = schedule.interval
    if schedule.kind == DAILY:
        return ngettext("Elke dag", "Om de %(n)d dagen", n) % {"n": n}
    if schedule.kind == WEEKLY:
        named = join_words([days[d] for d in schedule.weekdays])
        if n == 1:
            return _("Elke %(days)s") % {"days": named}
        return _("Om de %(n)d weken op %(days)s") % {"n": n, "days": named}
    if schedule.monthly_by == BY_WEEKDAY:
        values = {
            "ordinal": ordinal_names()[schedule.ordinal],
            "day": days[schedule.ordinal_weekday],
            "n": n,
        }
        if n == 1:
            return _("Elke %(ordinal)s %(day)s van de maand") % values
        return _("Om de %(n)d maanden op de %(ordinal)s %(day)s") % values
    values = {"day": day_of_month(schedule.month_day), "n": n}
    if n == 1:
        return _("Elke maand op de %(day)s") % values
    return _("Om de %(n)d maanden op de %(day)s") % values


def _general_repeat(rule: str) -> str:
    """Words for a rule the widget cannot show (from an imported calendar), as far as they go."""
    parts = rule_parts(rule)
    n = int(parts.get("INTERVAL", "1") or 1) if parts.get("INTERVAL", "1").isdigit() else 1
    frequency = parts.get("FREQ", "")
    unit = {
        "DAILY": ngettext("Elke dag", "Om de %(n)d dagen", n),
        "WEEKLY": ngettext("Elke week", "Om de %(n)d weken", n),
        "MONTHLY": ngettext("Elke maand", "Om de %(n)d maanden", n),
        "YEARLY": ngettext("Elk jaar", "Om de %(n)d jaar", n),
    }.get(frequency, _("Herhaalt zich"))
    text = unit % {"n": n}
    days = weekday_names()
    details = []
    if parts.get("BYMONTH"):
        months = [
            formats.date_format(datetime.date(2000, int(m), 1), "F")
            for m in parts["BYMONTH"].split(",")
            if m.isdigit() and 1 <= int(m) <= 12
        ]
        details.append(_("in %(months)s") % {"months": join_words(months)})
    if parts.get("BYMONTHDAY"):
        numbers = [day_of_month(int(d)) for d in parts["BYMONTHDAY"].split(",") if d.isdigit()]
        details.append(_("op de %(days)s") % {"days": join_words(numbers)})
    if parts.get("BYDAY"):
        named = []
        for code in parts["BYDAY"].split(","):
            number, day = code[:-2].lstrip("+"), days.get(code[-2:], code)
            if number and number.lstrip("-").isdigit() and int(number) in ordinal_names():
                named.append(
                    _("de %(ordinal)s %(day)s")
                    % {"ordinal": ordinal_names()[int(number)], "day": day}
                )
            else:
                named.append(day)
        details.append(_("op %(days)s") % {"days": join_words(named)})
    return " ".join([text, *details])


def describe_schedule(
    rule: str,
    start: datetime.datetime | None,
    end: datetime.datetime | None = None,
    series_end: datetime.date | None = None,
) -> str:
    """The whole schedule in one sentence, in the active language."""
    times = _times(start, end)
    if not (rule or "").strip():
        if not start:
            return _("Eén keer")
        day = start.astimezone(LOCAL_TZ).date()
        name = weekday_names()[WEEKDAYS[day.weekday()]]
        return _("Eén keer, op %(day)s %(date)s, %(times)s") % {
            "day": name,
            "date": long_date(day),
            "times": times,
        }
    schedule = schedule_from_rule(rule, series_end, start)
    pieces = [_repeat(schedule) if schedule and schedule.kind != ONCE else _general_repeat(rule)]
    if times:
        pieces.append(times)
    pieces.append(_ending(rule, schedule, series_end))
    return ", ".join(p for p in pieces if p)


def _ending(rule: str, schedule: Schedule | None, series_end: datetime.date | None) -> str:
    count = schedule.count if schedule else _count(rule)
    if count and (schedule is None or schedule.ends == COUNT):
        return ngettext("%(n)d keer", "%(n)d keer", count) % {"n": count}
    last = series_end or (schedule.until if schedule and schedule.ends == UNTIL else None)
    return _("tot en met %(date)s") % {"date": long_date(last)} if last else ""


def _count(rule: str) -> int:
    text = rule_parts(rule).get("COUNT", "")
    return int(text) if text.isdigit() else 0
