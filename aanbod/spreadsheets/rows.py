"""Checking every row of a mapped sheet: the activity values, or what is wrong in plain Dutch."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from dateutil.rrule import rrulestr

from aanbod.agenda.schedules import LOCAL_TZ, ScheduleError, clean_rrule
from aanbod.models import ActivityPage, Category, OrganisationPage, Registration, TargetGroup
from aanbod.spreadsheets import cells, schedule_words
from aanbod.spreadsheets.columns import BY_KEY
from aanbod.spreadsheets.read import Sheet
from aanbod.text import clean_text
from wijken.models import WijkPage
from wijken.onboarding import region_of

TEXT_LIMITS = {
    "title": 255,
    "intro": 400,
    "location_name": 120,
    "street": 120,
    "postcode": 7,
    "city": 80,
    "cost": 120,
    "registration_info": 255,
}
REGISTRATION_WORDS = {
    "": Registration.NONE,
    "vrije inloop": Registration.NONE,
    "inloop": Registration.NONE,
    "nee": Registration.NONE,
    "niet nodig": Registration.NONE,
    "gewenst": Registration.RECOMMENDED,
    "aanmelden gewenst": Registration.RECOMMENDED,
    "graag": Registration.RECOMMENDED,
    "verplicht": Registration.REQUIRED,
    "aanmelden verplicht": Registration.REQUIRED,
    "ja": Registration.REQUIRED,
}


@dataclass
class Row:
    """One data row: its number, key, the values it sets, its errors and what the import does."""

    number: int
    key: str = ""
    values: dict = field(default_factory=dict)
    relations: dict = field(default_factory=dict)
    schedule_words: str = ""
    errors: list[str] = field(default_factory=list)
    status: str = ""  # new, changed, unchanged, skipped (an activity that is over)
    page: ActivityPage | None = None

    @property
    def messages(self) -> list[str]:
        """'Rij 7: de datum '31-2-2027' bestaat niet', one per error."""
        return [
            _("Rij %(number)s: %(error)s") % {"number": self.number, "error": e}
            for e in self.errors
        ]


class Context:
    """What every row is checked against: the organisation's region, wijken and terms."""

    def __init__(self, organisation: OrganisationPage):
        self.organisation = organisation
        self.region = region_of(organisation)
        self.wijken = {}
        for wijk in WijkPage.objects.descendant_of(self.region).only("pk", "title", "slug"):
            self.wijken.setdefault(wijk.title.lower(), wijk)
            self.wijken.setdefault(wijk.slug, wijk)
        self.default_wijken = list(organisation.wijken.all())
        self.terms = {
            "categories": self._terms(Category),
            "target_groups": self._terms(TargetGroup),
        }

    def _terms(self, model) -> dict:
        terms = {}
        for term in model.objects.filter(locale_id=self.organisation.locale_id):
            terms[term.name.lower()] = term
            terms[term.slug] = term
        return terms

    def other_region_wijk(self, name: str) -> bool:
        """Whether a wijk of that name exists in another region."""
        return (
            WijkPage.objects.filter(Q(title__iexact=name) | Q(slug=name))
            .exclude(path__startswith=self.region.path)
            .exists()
        )


def _text(row: Row, key: str, raw) -> None:
    text = clean_text(cells.as_text(raw), multiline=key == "intro")
    limit = TEXT_LIMITS[key]
    if len(text) > limit:
        row.errors.append(
            _("%(field)s is %(length)s tekens lang; dat mogen er hooguit %(limit)s zijn")
            % {"field": BY_KEY[key].heading, "length": len(text), "limit": limit}
        )
    row.values[key] = text


def _required(row: Row, cells_by_key: dict) -> None:
    for key in ("key", "title", "intro", "date", "start_time", "end_time"):
        if key in cells_by_key and cells.as_text(cells_by_key[key]) == "":
            row.errors.append(
                _("de kolom '%(field)s' is leeg") % {"field": BY_KEY[key].heading}
                if key != "key"
                else _("het kenmerk is leeg; geef elke activiteit een eigen kenmerk (bijv. A1)")
            )


def _moment(row: Row, cells_by_key: dict) -> None:
    """start and end from the date and the two times; schedule from the words."""
    date = start_time = end_time = None
    for key, parser in (
        ("date", cells.parse_date),
        ("start_time", cells.parse_time),
        ("end_time", cells.parse_time),
    ):
        raw = cells_by_key.get(key, "")
        if cells.as_text(raw) == "":
            continue
        try:
            value = parser(raw)
        except cells.CellError as exc:
            row.errors.append(str(exc))
            continue
        if key == "date":
            date = value
        elif key == "start_time":
            start_time = value
        else:
            end_time = value
    if start_time and end_time and end_time <= start_time:
        row.errors.append(
            _("de eindtijd %(end)s ligt niet na de begintijd %(start)s")
            % {"end": end_time.strftime("%H:%M"), "start": start_time.strftime("%H:%M")}
        )
    if date and start_time and end_time:
        row.values["start"] = datetime.datetime.combine(date, start_time, LOCAL_TZ)
        row.values["end"] = datetime.datetime.combine(date, end_time, LOCAL_TZ)


def _schedule(row: Row, cells_by_key: dict) -> None:
    if "schedule" in cells_by_key:
        words = cells.as_text(cells_by_key["schedule"])
        row.schedule_words = words or _("eenmalig")
        try:
            row.values["recurrence"] = clean_rrule(schedule_words.to_rrule(words))
        except (schedule_words.ScheduleWordsError, ScheduleError) as exc:
            row.errors.append(str(exc))
    if "series_end" in cells_by_key:
        raw = cells_by_key["series_end"]
        row.values["series_end"] = None
        if cells.as_text(raw):
            try:
                row.values["series_end"] = cells.parse_date(raw)
            except cells.CellError as exc:
                row.errors.append(str(exc))
    start, rule = row.values.get("start"), row.values.get("recurrence")
    if start and rule:
        first = next(iter(rrulestr(rule, dtstart=start.replace(tzinfo=None))), None)
        if first is not None and first != start.replace(tzinfo=None):
            row.errors.append(
                _(
                    "de datum %(date)s valt niet op '%(words)s'; vul bij Datum de eerste keer in "
                    "(bijv. %(first)s)"
                )
                % {
                    "date": cells.as_text(start.date()),
                    "words": row.schedule_words,
                    "first": cells.as_text(first.date()),
                }
            )
    series_end = row.values.get("series_end")
    if start and series_end and series_end < start.date():
        row.errors.append(
            _("de datum bij 'Tot en met' (%(end)s) ligt voor de eerste datum")
            % {"end": cells.as_text(series_end)}
        )


def _wijken(row: Row, raw, context: Context) -> None:
    names = cells.split_list(raw)
    if not names:
        row.relations["wijken"] = context.default_wijken
        return
    found = []
    for name in names:
        wijk = context.wijken.get(name.lower())
        if wijk is not None:
            found.append(wijk)
        elif context.other_region_wijk(name):
            row.errors.append(
                _("de wijk '%(name)s' hoort niet bij regio %(region)s")
                % {"name": name, "region": context.region.region_name or context.region.title}
            )
        else:
            row.errors.append(_("de wijk '%(name)s' kennen we niet") % {"name": name})
    row.relations["wijken"] = found


def _terms(row: Row, key: str, raw, context: Context) -> None:
    terms = context.terms[key]
    found = []
    for name in cells.split_list(raw):
        term = terms.get(name.lower())
        if term is None:
            choices = sorted({t.name for t in terms.values()})
            row.errors.append(
                _("'%(name)s' staat niet in de lijst %(field)s; kies uit: %(choices)s")
                % {"name": name, "field": BY_KEY[key].heading, "choices": ", ".join(choices)}
            )
        else:
            found.append(term)
    row.relations[key] = found


def _registration(row: Row, raw) -> None:
    words = cells.as_text(raw).lower().strip(". ")
    if words in REGISTRATION_WORDS:
        row.values["registration"] = REGISTRATION_WORDS[words]
    else:
        row.errors.append(
            _("bij Aanmelden staat '%(value)s'; schrijf vrije inloop, gewenst of verplicht")
            % {"value": cells.as_text(raw)}
        )


def check_row(number: int, cells_by_key: dict, context: Context) -> Row:
    """The values one row sets, or its errors (cells_by_key: field key -> cell, mapped only)."""
    row = Row(number=number, key=cells.as_text(cells_by_key.get("key", ""))[:64])
    _required(row, cells_by_key)
    for key in TEXT_LIMITS:
        if key in cells_by_key:
            _text(row, key, cells_by_key[key])
    _moment(row, cells_by_key)
    _schedule(row, cells_by_key)
    if "wijken" in cells_by_key:
        _wijken(row, cells_by_key["wijken"], context)
    for key in ("categories", "target_groups"):
        if key in cells_by_key:
            _terms(row, key, cells_by_key[key], context)
    if "registration" in cells_by_key:
        _registration(row, cells_by_key["registration"])
    return row


def check_sheet(sheet: Sheet, mapping: dict[str, str], context: Context) -> list[Row]:
    """Every row checked, duplicates of a key refused, and each row's status set."""
    position = {header: i for i, header in enumerate(sheet.headers)}
    rows, first_seen = [], {}
    for number, values in sheet.rows:
        cells_by_key = {
            key: values[position[header]]
            for key, header in mapping.items()
            if header in position and key in BY_KEY
        }
        row = check_row(number, cells_by_key, context)
        if row.key:
            if row.key.lower() in first_seen:
                row.errors.append(
                    _(
                        "het kenmerk '%(key)s' staat ook in rij %(other)s; "
                        "elk kenmerk mag maar één keer voorkomen"
                    )
                    % {"key": row.key, "other": first_seen[row.key.lower()]}
                )
            first_seen.setdefault(row.key.lower(), number)
        rows.append(row)
    _set_status(rows, context.organisation)
    return rows


def latest(page: ActivityPage) -> ActivityPage:
    """The page as its editors last saved it (its latest revision, a draft maybe)."""
    revision = page.latest_revision
    return revision.as_object() if revision is not None else page


def _related_pks(page: ActivityPage, name: str) -> set:
    """The pks a relation holds in the page's latest revision (read from its JSON, no query)."""
    revision = page.latest_revision
    if revision is not None and name in revision.content:
        return set(revision.content[name] or [])
    return set(getattr(page, name).values_list("pk", flat=True))


def _latest_value(page: ActivityPage, name: str):
    """A field's value in the page's latest revision (read from its JSON, no query)."""
    revision = page.latest_revision
    if revision is None or name not in revision.content:
        return getattr(page, name)
    return ActivityPage._meta.get_field(name).to_python(revision.content[name])


def differs(row: Row) -> bool:
    """Whether the row changes anything of its page's latest version."""
    if any(_latest_value(row.page, name) != value for name, value in row.values.items()):
        return True
    return any(
        _related_pks(row.page, name) != {item.pk for item in items}
        for name, items in row.relations.items()
    )


def _set_status(rows: list[Row], organisation: OrganisationPage) -> None:
    existing = {
        page.import_key.lower(): page
        for page in ActivityPage.objects.child_of(organisation)
        .exclude(import_key="")
        .select_related("latest_revision")
    }
    today = datetime.datetime.now(LOCAL_TZ).date()
    for row in rows:
        if row.errors:
            continue
        row.page = existing.get(row.key.lower())
        if row.page is None:
            row.status = "skipped" if _over(row, today) else "new"
        else:
            row.status = "changed" if differs(row) else "unchanged"


def _over(row: Row, today: datetime.date) -> bool:
    """Whether a new row's activity is over already (not imported, like the iCal import)."""
    start = row.values.get("start")
    if start is None:
        return False
    if row.values.get("recurrence"):
        series_end = row.values.get("series_end")
        return series_end is not None and series_end < today
    return start.date() < today
