"""The occurrence table: it holds exactly the RRULE expansion, follows publishing, moves nightly.

The property test writes random schedules (daily, weekly, monthly by weekday position; INTERVAL,
COUNT, UNTIL, a series end, exception dates) around both changes of summer time in 2027
(28 March and 31 October) and compares the table with an expansion computed here, independently,
with dateutil in Amsterdam wall-clock time.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.management import call_command

import pytest
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule, weekday
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aanbod.agenda import table
from aanbod.models import ActivityExceptionDate, ActivityOccurrence, ActivityPage

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
WINDOW_NOW = datetime.datetime(2027, 1, 10, 12, 0, tzinfo=TZ)  # horizon: 10 Jan 2027 to 10 Feb 2028
DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
FREQS = {"DAILY": DAILY, "WEEKLY": WEEKLY, "MONTHLY": MONTHLY}


@st.composite
def schedules(draw) -> dict:
    """A random schedule around the 2027 summer-time changes."""
    first = draw(st.dates(datetime.date(2026, 12, 1), datetime.date(2027, 11, 30)))
    time = draw(
        st.sampled_from(
            [
                datetime.time(2, 30),
                datetime.time(0, 15),
                datetime.time(10, 0),
                datetime.time(23, 30),
            ]
        )
    )
    freq = draw(st.sampled_from(sorted(FREQS)))
    interval = draw(st.integers(1, 3))
    spec = {
        "start": datetime.datetime.combine(first, time),
        "minutes": draw(st.sampled_from([30, 90, 180])),
        "freq": freq,
        "interval": interval,
        "byday": None,
        "count": None,
        "until": None,
        "series_end": None,
    }
    if freq == "WEEKLY":
        spec["byday"] = [
            (code, None)
            for code in draw(st.sets(st.sampled_from(DAY_CODES), min_size=1, max_size=3))
        ]
    elif freq == "MONTHLY":
        spec["byday"] = [(draw(st.sampled_from(DAY_CODES)), draw(st.sampled_from([1, 2, 3, -1])))]
    ending = draw(st.sampled_from(["none", "count", "until", "series_end"]))
    if ending == "count":
        spec["count"] = draw(st.integers(1, 40))
    elif ending == "until":
        spec["until"] = datetime.datetime.combine(
            first + datetime.timedelta(days=draw(st.integers(0, 400))), datetime.time(23, 59, 59)
        )
    elif ending == "series_end":
        spec["series_end"] = first + datetime.timedelta(days=draw(st.integers(0, 400)))
    spec["exdates"] = draw(
        st.sets(st.dates(first, first + datetime.timedelta(days=420)), max_size=6)
    )
    return spec


def rule_text(spec: dict) -> str:
    """The RRULE an editor would type for the schedule."""
    parts = [f"FREQ={spec['freq']}", f"INTERVAL={spec['interval']}"]
    if spec["byday"]:
        parts.append("BYDAY=" + ",".join(f"{n or ''}{code}" for code, n in spec["byday"]))
    if spec["count"]:
        parts.append(f"COUNT={spec['count']}")
    if spec["until"]:
        parts.append("UNTIL=" + spec["until"].strftime("%Y%m%dT%H%M%S"))
    return ";".join(parts)


def expected(spec: dict, window: tuple[datetime.datetime, datetime.datetime]) -> list[tuple]:
    """The oracle: dateutil's rrule in wall-clock time, exception dates out, window overlap.

    Pairs are compared in UTC: Python never finds a time in the spring gap equal to one in
    another zone (PEP 495), even when they are the same moment.
    """
    byweekday = None
    if spec["byday"]:
        byweekday = [weekday(DAY_CODES.index(code), n) for code, n in spec["byday"]]
    until = spec["until"]
    if spec["series_end"]:
        until = datetime.datetime.combine(spec["series_end"], datetime.time.max)
    starts = rrule(
        FREQS[spec["freq"]],
        dtstart=spec["start"],
        interval=spec["interval"],
        byweekday=byweekday,
        count=spec["count"],
        until=until,
    ).between(datetime.datetime(2026, 1, 1), datetime.datetime(2029, 1, 1), inc=True)
    found = []
    for local in starts:
        if local.date() in spec["exdates"]:
            continue
        start = local.replace(tzinfo=TZ).astimezone(datetime.UTC)
        end = start + datetime.timedelta(minutes=spec["minutes"])  # exact duration (RFC 5545)
        if end > window[0] and start < window[1]:
            found.append((start, end))
    return found


def stored(activity) -> list[tuple]:
    """The activity's rows in the table, as (start, end) pairs."""
    rows = ActivityOccurrence.objects.filter(activity=activity).order_by("start")
    return [(row.start.astimezone(datetime.UTC), row.end.astimezone(datetime.UTC)) for row in rows]


def apply(activity: ActivityPage, spec: dict) -> None:
    """Give the live activity the schedule and publish it, as an editor would."""
    activity.start = spec["start"].replace(tzinfo=TZ)
    activity.end = activity.start + datetime.timedelta(minutes=spec["minutes"])
    activity.recurrence = rule_text(spec)
    activity.series_end = spec["series_end"]
    activity.exception_dates = [ActivityExceptionDate(date=d) for d in sorted(spec["exdates"])]
    activity.save_revision().publish()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=schedules())
def test_table_equals_the_rrule_expansion_across_summer_time(tree, spec):
    table.rebuild_all(now=WINDOW_NOW)
    window = table.stored_window()
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    apply(activity, spec)
    assert stored(activity) == expected(spec, window), rule_text(spec)


def test_a_weekly_morning_stays_at_ten_across_both_summer_time_changes(tree):
    table.rebuild_all(now=WINDOW_NOW)
    spec = {
        "start": datetime.datetime(2027, 3, 23, 10, 0),
        "minutes": 120,
        "freq": "WEEKLY",
        "interval": 1,
        "byday": [("TU", None)],
        "count": None,
        "until": datetime.datetime(2027, 11, 9, 23, 59, 59),
        "series_end": None,
        "exdates": {datetime.date(2027, 4, 27)},
    }
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    apply(activity, spec)
    rows = stored(activity)
    local_times = {start.astimezone(TZ).time() for start, _end in rows}
    assert local_times == {datetime.time(10, 0)}
    dates = [start.astimezone(TZ).date() for start, _end in rows]
    assert datetime.date(2027, 3, 30) in dates  # after the spring change
    assert datetime.date(2027, 11, 2) in dates  # after the autumn change
    assert datetime.date(2027, 4, 27) not in dates  # cancelled
    assert dates[-1] == datetime.date(2027, 11, 9)  # UNTIL


def _agenda(tree_client, tree, day: datetime.date) -> str:
    url = f"{tree.wijk.url}agenda/?van={day:%Y-%m-%d}&tot={day:%Y-%m-%d}"
    response = tree_client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _next_tuesday() -> datetime.date:
    today = datetime.date.today()
    return today + datetime.timedelta(days=(1 - today.weekday()) % 7 or 7)


def test_a_cancelled_date_disappears_from_the_agenda(tree_client, tree):
    tuesday = _next_tuesday()  # the tree's koffie-ochtend is weekly on Tuesdays
    assert "Koffie-ochtend Zonnewijk" in _agenda(tree_client, tree, tuesday)
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    activity.exception_dates = [ActivityExceptionDate(date=tuesday)]
    activity.save_revision().publish()
    assert "Koffie-ochtend Zonnewijk" not in _agenda(tree_client, tree, tuesday)
    next_week = tuesday + datetime.timedelta(days=7)
    assert "Koffie-ochtend Zonnewijk" in _agenda(tree_client, tree, next_week)


def test_removing_the_exception_date_brings_the_date_back(tree_client, tree):
    tuesday = _next_tuesday()
    cancelled = ActivityExceptionDate.objects.create(page=tree.activity, date=tuesday)
    assert "Koffie-ochtend Zonnewijk" not in _agenda(tree_client, tree, tuesday)
    cancelled.delete()
    assert "Koffie-ochtend Zonnewijk" in _agenda(tree_client, tree, tuesday)


def test_a_draft_does_not_change_the_table_until_it_is_published(tree):
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    before = stored(activity)
    assert before
    activity.recurrence = "FREQ=WEEKLY;BYDAY=WE"
    activity.save_revision()
    assert stored(activity) == before
    ActivityPage.objects.get(pk=activity.pk).get_latest_revision().publish()
    weekdays = {start.astimezone(TZ).weekday() for start, _end in stored(activity)}
    assert weekdays == {2}  # Wednesdays now


def test_unpublishing_and_deleting_remove_the_dates(tree_client, tree):
    tuesday = _next_tuesday()
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    activity.unpublish()
    assert stored(activity) == []
    assert "Koffie-ochtend Zonnewijk" not in _agenda(tree_client, tree, tuesday)
    activity.save_revision().publish()
    assert stored(activity)
    assert "Koffie-ochtend Zonnewijk" in _agenda(tree_client, tree, tuesday)
    pk = activity.pk
    activity.delete()
    assert not ActivityOccurrence.objects.filter(activity_id=pk).exists()


def test_the_nightly_step_extends_the_horizon_and_drops_past_dates(tree):
    table.rebuild_all(now=WINDOW_NOW)
    later = WINDOW_NOW + datetime.timedelta(days=45)
    counts = table.extend_horizon(now=later)
    assert counts["added"] > 0 and counts["dropped"] > 0
    extended = {a.pk: stored(a) for a in ActivityPage.objects.live()}
    window = table.stored_window()
    assert window == table.planned_window(later)
    table.rebuild_all(now=later)
    assert {a.pk: stored(a) for a in ActivityPage.objects.live()} == extended
    assert not ActivityOccurrence.objects.filter(end__lte=window[0]).exists()


def test_the_command_extends_and_rebuilds(tree, capsys):
    ActivityOccurrence.objects.filter(activity=tree.activity).delete()
    call_command("extend_occurrences", "--rebuild")
    assert stored(tree.activity)
    call_command("extend_occurrences")
    assert "toegevoegd" in capsys.readouterr().out


def test_windows_outside_the_horizon_are_expanded_from_the_schedule(tree_client, tree):
    day = datetime.date(2026, 1, 13)  # a Tuesday, long before the table's window starts
    assert not table.covers(
        datetime.datetime.combine(day, datetime.time.min, tzinfo=TZ),
        datetime.datetime.combine(day, datetime.time.max, tzinfo=TZ),
    )
    assert "Koffie-ochtend Zonnewijk" in _agenda(tree_client, tree, day)


def _add_activities(tree, first: int, last: int) -> None:
    for n in range(first, last):
        start = datetime.datetime(2026, 1, 5 + n % 7, 9 + n % 8, 0, tzinfo=TZ)
        page = tree.organisation.add_child(
            instance=ActivityPage(
                title=f"Reeks {n}",
                slug=f"reeks-{n}",
                intro="Samen iets doen.",
                start=start,
                end=start + datetime.timedelta(hours=1),
                recurrence="FREQ=DAILY",
            )
        )
        page.wijken.set([tree.wijk])
        page.categories.set([tree.category])
        page.save()
        ActivityExceptionDate.objects.create(page=page, date=datetime.date.today())


def _count(client, url: str, django_assert_max_num_queries, limit: int | None = None) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if limit is not None:
        with django_assert_max_num_queries(limit):
            response = client.get(url)
        assert response.status_code == 200, url
        return limit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_occurrence_paths_run_the_same_queries_for_5_and_80_activities(
    tree_client, tree, no_api_cache, django_assert_max_num_queries
):
    urls = [
        f"{tree.wijk.url}agenda/",
        f"{tree.gemeente.url}agenda/?pagina=2",
        tree.wijk.url,
        "/",
        f"/api/v1/activities?wijk={tree.wijk.pk}&limit=100",
        f"/widget/wijk/{tree.wijk.pk}.json",
    ]
    _add_activities(tree, 0, 5)
    for url in urls:
        _count(tree_client, url, django_assert_max_num_queries)  # warm caches
    small = {url: _count(tree_client, url, django_assert_max_num_queries) for url in urls}
    _add_activities(tree, 5, 80)
    for url in urls:
        _count(tree_client, url, django_assert_max_num_queries, limit=small[url])
    listing = tree_client.get(f"/api/v1/activities?wijk={tree.wijk.pk}&limit=100").json()
    reeks = [a for a in listing["results"] if a["title"].startswith("Reeks")]
    assert len(reeks) == 80
    assert all(len(a["occurrences"]) >= 30 for a in reeks)  # daily, a 31-day window
