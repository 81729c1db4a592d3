"""The agenda: dated occurrences of visible activities, for a wijk or a gemeente.

Occurrences are read as ranges from the occurrence table (``aanbod.agenda.table``), which holds
each live activity's RRULE expansion minus its exception dates over a rolling horizon; a window
outside that horizon is expanded from the schedules instead (the same rule). Which activities
count comes from ``aanbod.visibility``, so the agenda never shows more than the rest of the
site. Everything here runs a fixed number of queries, however many activities a wijk has.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby

from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.agenda.schedules import LOCAL_TZ, Occurrence
from aanbod.agenda.table import covers, rows_between
from aanbod.models import ActivityOccurrence, ActivityPage, Category
from aanbod.visibility import upcoming_activities
from home.images import prefetch_listing_images
from wijken.models import GemeentePage
from wijken.rollout import visible_wijken

DEFAULT_DAYS = 28
MAX_DAYS = 366
PER_PAGE = 25
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d-%m-%y"]
INVALID_DATE = _("Vul een geldige datum in, bijvoorbeeld 14-03-2026.")


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=LOCAL_TZ)


def activities_for_area(area) -> QuerySet:
    """Upcoming visible activities tied to a wijk, or to any visible wijk of a gemeente."""
    activities = upcoming_activities()
    if isinstance(area, GemeentePage):
        wijken = visible_wijken().child_of(area)
        tied = ActivityPage.objects.filter(wijken__in=wijken).values("pk")
        return activities.filter(pk__in=tied)
    return activities.filter(pk__in=ActivityPage.objects.filter(wijken=area).values("pk"))


def with_schedule_data(activities: QuerySet) -> QuerySet:
    """Prefetch what expanding and listing occurrences reads (exception dates, categories)."""
    return activities.prefetch_related("exception_dates", "categories")


def expanded_between(
    activities: Iterable[ActivityPage],
    start: datetime.datetime,
    end: datetime.datetime,
    per_activity: int = 400,
) -> list[Occurrence]:
    """Every occurrence of the activities in [start, end), expanded from their schedules."""
    found: list[Occurrence] = []
    for activity in activities:
        found.extend(activity.occurrences(start, end, limit=per_activity))
    return sorted(found, key=lambda o: (o.start, o.activity.title))


def _from_row(row: ActivityOccurrence) -> Occurrence:
    return Occurrence(row.start, row.end, row.activity)


class StoredOccurrences:
    """Occurrences read from the table as a lazy sequence (a Paginator counts and slices it)."""

    def __init__(self, rows: QuerySet):
        self.rows = rows

    def count(self) -> int:
        """How many occurrences (one COUNT query)."""
        return self.rows.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [_from_row(row) for row in self.rows[index]]
        return _from_row(self.rows[index])


def occurrence_sequence(
    activities: QuerySet, start: datetime.datetime, end: datetime.datetime
) -> StoredOccurrences | list[Occurrence]:
    """The occurrences of the activities in [start, end), in time order: from the table when it
    covers the window (a lazy sequence), else expanded (a list)."""
    if covers(start, end):
        return StoredOccurrences(rows_between(activities, start, end))
    return expanded_between(with_schedule_data(activities), start, end)


def occurrences_between(
    activities: QuerySet,
    start: datetime.datetime,
    end: datetime.datetime,
    limit: int | None = None,
) -> list[Occurrence]:
    """Every occurrence of the activities in [start, end) (the first ``limit``), in time order."""
    if covers(start, end):
        rows = rows_between(activities, start, end)
        return [_from_row(row) for row in (rows[:limit] if limit else rows)]
    found = expanded_between(with_schedule_data(activities), start, end, per_activity=limit or 400)
    return found[:limit] if limit else found


def occurrences_by_activity(
    activities: list[ActivityPage],
    start: datetime.datetime,
    end: datetime.datetime,
    per_activity: int = 200,
) -> dict[int, list[Occurrence]]:
    """Each activity's occurrences in [start, end) (at most ``per_activity``), by page id."""
    found: dict[int, list[Occurrence]] = {a.pk: [] for a in activities}
    if not covers(start, end):
        for activity in activities:
            found[activity.pk] = activity.occurrences(start, end, limit=per_activity)
        return found
    by_id = {a.pk: a for a in activities}
    rows = ActivityOccurrence.objects.filter(
        activity_id__in=list(by_id), start__lt=end, end__gt=start
    ).order_by("activity_id", "start")
    for row in rows:
        listed = found[row.activity_id]
        if len(listed) < per_activity:
            listed.append(Occurrence(row.start, row.end, by_id[row.activity_id]))
    return found


@dataclass
class Day:
    """One day of the agenda with its occurrences."""

    date: datetime.date
    occurrences: list[Occurrence] = field(default_factory=list)


def group_by_day(occurrences: Iterable[Occurrence]) -> list[Day]:
    """Occurrences (in time order) grouped per local date."""
    return [Day(day, list(items)) for day, items in groupby(occurrences, key=lambda o: o.date)]


def with_listing_images(occurrences: list[Occurrence]) -> list[Occurrence]:
    """The occurrences, their activities' listing images and renditions fetched in two queries."""
    prefetch_listing_images(o.activity for o in occurrences)
    return occurrences


@dataclass
class WeekPreview:
    """ "Deze week": the first occurrences of the next seven days, and whether more follow."""

    days: list[Day]
    more: bool


def this_week(area, now: datetime.datetime | None = None, limit: int | None = None) -> WeekPreview:
    """ "Deze week in de wijk": the next seven days' occurrences (the first ``limit``) by day.

    A wijk page shows the first few and links to its agenda for the rest: a list of 200 rows
    helps no resident, and it would be most of the page's rendering time.
    """
    now = now or timezone.now()
    activities = activities_for_area(area)
    until = now + datetime.timedelta(days=7)
    found = occurrences_between(activities, now, until, limit=limit + 1 if limit else None)
    more = limit is not None and len(found) > limit
    shown = with_listing_images(found[:limit] if limit else found)
    return WeekPreview(group_by_day(shown), more)


class AgendaFilterForm(forms.Form):
    """Filter the agenda by category and date range (GET parameters, so links can be shared)."""

    categorie = forms.ChoiceField(label=_("Onderwerp"), required=False)
    van = forms.DateField(
        label=_("Vanaf"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": INVALID_DATE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    tot = forms.DateField(
        label=_("Tot en met"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": INVALID_DATE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, categories: Iterable[Category] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["categorie"].choices = [("", _("Alle onderwerpen"))] + [
            (c.slug, c.name) for c in categories
        ]

    def clean(self):
        """Fill in the default range; refuse an end before the start or a range over a year."""
        data = super().clean()
        start = data.get("van") or timezone.localdate()
        end = data.get("tot") or start + datetime.timedelta(days=DEFAULT_DAYS - 1)
        if "van" in self.errors or "tot" in self.errors:
            return data
        if end < start:
            self.add_error("tot", _("De einddatum ligt voor de begindatum."))
        elif (end - start).days >= MAX_DAYS:
            self.add_error("tot", _("Kies een periode van hoogstens een jaar."))
        data["van"], data["tot"] = start, end
        return data


@dataclass
class Agenda:
    """What an agenda page shows: the filter form, one page of days, and the paginator page."""

    form: AgendaFilterForm
    days: list[Day]
    page_obj: PaginatorPage | None
    start: datetime.date | None
    end: datetime.date | None
    category: Category | None
    query_string: str


def _categories_for(activities: QuerySet) -> QuerySet:
    used = ActivityPage.categories.through.objects.filter(
        activitypage_id__in=activities.values("pk")
    ).values("category_id")
    return Category.objects.filter(pk__in=used).order_by("name")


def build_agenda(area, params, page_number=None, per_page: int = PER_PAGE) -> Agenda:
    """The agenda of a wijk or gemeente for the GET parameters ``params``."""
    activities = activities_for_area(area)
    categories = list(_categories_for(activities))
    form = AgendaFilterForm(params or None, categories=categories)
    if params and not form.is_valid():
        return Agenda(form, [], None, None, None, None, "")
    if not params:
        form = AgendaFilterForm({}, categories=categories)
        form.is_valid()
    data = form.cleaned_data
    category = next((c for c in categories if c.slug == data.get("categorie")), None)
    if category is not None:
        activities = activities.filter(categories=category)
    start, end = data["van"], data["tot"]
    found = occurrence_sequence(
        activities,
        _local_midnight(start),
        _local_midnight(end + datetime.timedelta(days=1)),
    )
    paginator = Paginator(found, per_page)
    page_obj = paginator.get_page(page_number)
    query = params.copy() if params else None
    if query is not None:
        query.pop("pagina", None)
    query_string = query.urlencode() if query else ""
    days = group_by_day(with_listing_images(list(page_obj.object_list)))
    return Agenda(form, days, page_obj, start, end, category, query_string)


def _first_starts(
    activities: QuerySet, now: datetime.datetime, until: datetime.datetime, limit: int
) -> list[tuple[int, datetime.datetime]]:
    """(activity id, first start) of the ``limit`` activities that come first, soonest first.

    Reads the occurrence table in agenda order (start, title, id), in batches, until ``limit``
    activities are found, instead of grouping every occurrence of every activity in the region:
    a few hundred rows, not millions. The first row of an activity in that order is its first
    start, so the activities come out in the order of their first starts.
    """
    rows = (
        ActivityOccurrence.objects.filter(
            activity_id__in=activities.values("pk"), end__gt=now, start__lt=until
        )
        .order_by("start", "activity__title", "activity_id")
        .values_list("activity_id", "start")
    )
    firsts: dict[int, datetime.datetime] = {}
    batch, offset = max(200, limit * 20), 0
    while len(firsts) < limit:
        chunk = list(rows[offset : offset + batch])
        for activity_id, start in chunk:
            firsts.setdefault(activity_id, start)
            if len(firsts) == limit:
                break
        if len(chunk) < batch:
            break
        offset += batch
    return list(firsts.items())


def next_per_activity(activities: QuerySet, limit: int) -> list[Occurrence]:
    """The next occurrence of each activity within a year, soonest first, at most ``limit``."""
    now = timezone.now()
    until = now + datetime.timedelta(days=366)
    if not covers(now, until):
        found = []
        for activity in with_schedule_data(activities):
            upcoming = activity.occurrences(now, until, limit=1)
            if upcoming:
                found.append(upcoming[0])
        return with_listing_images(sorted(found, key=lambda o: (o.start, o.activity.title))[:limit])
    firsts = _first_starts(activities, now, until, limit)
    if not firsts:
        return []
    wanted = Q()
    for activity_id, first in firsts:
        wanted |= Q(activity_id=activity_id, start=first)
    rows = ActivityOccurrence.objects.filter(wanted).select_related("activity", "activity__locale")
    by_key = {(row.activity_id, row.start): row for row in rows}
    return with_listing_images([_from_row(by_key[key]) for key in firsts if key in by_key])
