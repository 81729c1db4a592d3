"""The occurrence table: every live activity's dates over a rolling horizon, for range queries.

``ActivityPage.occurrences`` (``aanbod.agenda.schedules.expand``) stays the one expansion rule;
this module only stores what it yields for the window in ``OccurrenceHorizon`` (from local
midnight today to ``AANBOD_OCCURRENCE_HORIZON_MONTHS`` ahead) and reads ranges back:

* ``rebuild(activity_id)``: one activity's rows again (publish, unpublish, exception dates, import);
* ``extend_horizon(now)``: the nightly step: move the window on, add the new dates, drop past rows;
* ``fill(activities)``: many activities at once (bulk loads);
* ``rebuild_all(now)``: every live activity afresh (``manage.py extend_occurrences --rebuild``);
* ``covers(start, end)`` and ``rows_between(activities, start, end)``: what readers use.

A window outside the stored horizon (the past, or further ahead) is not in the table: readers
expand those schedules instead (see ``aanbod.agenda.occurrences``).
"""

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from dateutil.relativedelta import relativedelta

from aanbod.agenda.schedules import LOCAL_TZ
from aanbod.conf import occurrence_horizon_months
from aanbod.models import ActivityOccurrence, ActivityPage, OccurrenceHorizon

Window = tuple[datetime.datetime, datetime.datetime]
BATCH = 500


def planned_window(now: datetime.datetime | None = None) -> Window:
    """The window the table should hold at ``now``: local midnight today to the horizon."""
    today = (now or timezone.now()).astimezone(LOCAL_TZ).date()
    start = datetime.datetime.combine(today, datetime.time.min, tzinfo=LOCAL_TZ)
    end_day = today + relativedelta(months=occurrence_horizon_months())
    return start, datetime.datetime.combine(end_day, datetime.time.min, tzinfo=LOCAL_TZ)


def stored_window() -> Window | None:
    """The window the table holds now, or None before it was ever filled."""
    row = OccurrenceHorizon.objects.filter(pk=1).values_list("start", "end").first()
    return (row[0], row[1]) if row else None


def _store_window(window: Window) -> None:
    OccurrenceHorizon.objects.update_or_create(
        pk=1, defaults={"start": window[0], "end": window[1]}
    )


def covers(start: datetime.datetime, end: datetime.datetime) -> bool:
    """Whether every occurrence overlapping [start, end) is in the table."""
    window = stored_window()
    return window is not None and window[0] <= start and end <= window[1]


def _rows(activity: ActivityPage, window: Window, after=None) -> list[ActivityOccurrence]:
    """The activity's occurrences overlapping the window (starting at or after ``after``)."""
    return [
        ActivityOccurrence(activity_id=activity.pk, start=o.start, end=o.end)
        for o in activity.occurrences(window[0], window[1])
        if after is None or o.start >= after
    ]


def _live_activities() -> QuerySet:
    return ActivityPage.objects.live().prefetch_related("exception_dates").order_by("pk")


def _insert(activities: Iterable[ActivityPage], window: Window, after=None) -> int:
    """Add the rows of these activities in batches; how many rows were added."""
    pending: list[ActivityOccurrence] = []
    added = 0
    for activity in activities:
        pending.extend(_rows(activity, window, after))
        if len(pending) >= BATCH:
            added += len(ActivityOccurrence.objects.bulk_create(pending, batch_size=BATCH))
            pending = []
    if pending:
        added += len(ActivityOccurrence.objects.bulk_create(pending, batch_size=BATCH))
    return added


def rebuild(activity_id: int) -> int:
    """Replace one activity's rows with its live schedule (none when it is not live)."""
    window = stored_window()
    if window is None:
        return rebuild_all()
    with transaction.atomic():
        ActivityOccurrence.objects.filter(activity_id=activity_id).delete()
        activity = _live_activities().filter(pk=activity_id).first()
        return _insert([activity], window) if activity is not None else 0


def fill(activities: QuerySet) -> int:
    """Rebuild the rows of many activities at once (bulk loads); rows added."""
    window = stored_window()
    if window is None:
        return rebuild_all()
    ids = activities.values("pk")
    with transaction.atomic():
        ActivityOccurrence.objects.filter(activity_id__in=ids).delete()
        chosen = _live_activities().filter(pk__in=ids).iterator(chunk_size=BATCH)
        return _insert(chosen, window)


def remove(activity_id: int) -> None:
    """Drop an activity's rows (unpublished or deleted)."""
    ActivityOccurrence.objects.filter(activity_id=activity_id).delete()


def rebuild_all(now: datetime.datetime | None = None) -> int:
    """Fill the table afresh for every live activity over the planned window; rows added."""
    window = planned_window(now)
    with transaction.atomic():
        _store_window(window)
        ActivityOccurrence.objects.all().delete()
        return _insert(_live_activities().iterator(chunk_size=BATCH), window)


def extend_horizon(now: datetime.datetime | None = None) -> dict[str, int]:
    """The nightly step: move the window to ``now``, add the dates it gains, drop past rows."""
    old = stored_window()
    window = planned_window(now)
    if old is None or old[1] < window[0] or old[0] > window[0]:
        return {"added": rebuild_all(now), "dropped": 0}
    with transaction.atomic():
        dropped, _ = ActivityOccurrence.objects.filter(end__lte=window[0]).delete()
        added = 0
        if window[1] > old[1]:
            gained = (old[1], window[1])
            added = _insert(_live_activities().iterator(chunk_size=BATCH), gained, after=old[1])
        _store_window((window[0], max(window[1], old[1])))
    return {"added": added, "dropped": dropped}


def rows_between(
    activities: QuerySet, start: datetime.datetime, end: datetime.datetime
) -> QuerySet:
    """Stored occurrences of these activities overlapping [start, end), in time order."""
    return (
        ActivityOccurrence.objects.filter(
            activity_id__in=activities.values("pk"), start__lt=end, end__gt=start
        )
        .select_related("activity", "activity__locale")
        .order_by("start", "activity__title", "activity_id")
    )
