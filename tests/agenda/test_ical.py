"""The "add to my calendar" file: what a calendar program makes of it matches the portal."""

import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

import icalendar
import pytest
import recurring_ical_events

from aanbod.agenda import ical
from aanbod.models import ActivityExceptionDate, ActivityPage
from tests import factories as f

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


def _calendar(tree_client, activity) -> icalendar.Calendar:
    response = tree_client.get(reverse("activity_ics", args=[activity.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{activity.slug}.ics"'
    return icalendar.Calendar.from_ical(response.content)


def test_weekly_activity_keeps_its_wall_clock_time_across_daylight_saving(tree_client, tree):
    calendar = _calendar(tree_client, tree.activity)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"] == "Koffie-ochtend Zonnewijk"
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert b"DTSTART;TZID=Europe/Amsterdam:20260106T100000" in calendar.to_ical()
    # A calendar program expanding the file sees Tuesdays at 10:00 in winter and in summer.
    winter = recurring_ical_events.of(calendar).at((2026, 3, 24))
    summer = recurring_ical_events.of(calendar).at((2026, 3, 31))
    assert [e["DTSTART"].dt.hour for e in winter + summer] == [10, 10]
    assert summer[0]["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=2)


def test_calendar_file_shows_the_same_dates_as_the_page(tree_client, tree):
    activity = tree.activity
    activity.series_end = datetime.date(2026, 3, 31)
    ActivityExceptionDate.objects.create(page=activity, date=datetime.date(2026, 2, 17))
    activity.save_revision().publish()
    calendar = _calendar(tree_client, activity)
    window = (datetime.datetime(2026, 1, 1, tzinfo=TZ), datetime.datetime(2026, 6, 1, tzinfo=TZ))
    from_file = sorted(e["DTSTART"].dt for e in recurring_ical_events.of(calendar).between(*window))
    from_portal = [o.start for o in activity.occurrences(*window)]
    assert from_file == from_portal
    dates = {d.date() for d in from_file}
    assert datetime.date(2026, 2, 17) not in dates  # the cancelled Tuesday
    assert max(dates) == datetime.date(2026, 3, 31)  # series end is the last time
    assert len(from_file) == 12


def test_one_off_activity_has_no_rule_and_carries_place_and_link(tree_client, tree):
    activity = f.ActivityPageFactory(
        parent=tree.organisation,
        title="Buurtfeest",
        recurrence="",
        location_name="Buurthuis De Egge",
        street="Kerkstraat 1",
        postcode="9991 AA",
        city="Testdorp",
    )
    (event,) = _calendar(tree_client, activity).walk("VEVENT")
    assert "RRULE" not in event
    assert event["LOCATION"] == "Buurthuis De Egge, Kerkstraat 1, 9991 AA Testdorp"
    assert (
        event["URL"]
        == activity.full_url
        == "http://testregio.localhost/organisaties/buurtzorg-test/buurtfeest/"
    )
    assert event["UID"] == f"activity-{activity.pk}@testregio.localhost"


def test_hidden_or_unknown_activity_has_no_calendar_file(tree_client, tree):
    assert (
        tree_client.get(reverse("activity_ics", args=[tree.activity_hidden.pk])).status_code == 404
    )
    assert tree_client.get(reverse("activity_ics", args=[999999])).status_code == 404
    # an activity of another region is not served on this region's host
    other = f.ActivityPageFactory(parent=tree.organisation)
    assert (
        tree_client.get(
            reverse("activity_ics", args=[other.pk]), HTTP_HOST="westelijke-mijnstreek.localhost"
        ).status_code
        == 404
    )


def test_calendar_for_many_activities_runs_a_fixed_number_of_queries(
    tree, django_assert_max_num_queries
):
    for n in range(30):
        activity = f.ActivityPageFactory(parent=tree.organisation, title=f"Activiteit {n}")
        activity.categories.set([tree.category])
        activity.save()
    activities = ical.with_calendar_data(ActivityPage.objects.child_of(tree.organisation))
    with django_assert_max_num_queries(8):
        calendar = ical.calendar_for(activities, "Zonnewijk")
        data = calendar.to_ical()
    assert len(calendar.walk("VEVENT")) >= 30
    assert data.count(b"CATEGORIES:Boodschappen (test)") == 30


def test_activity_page_links_to_its_calendar_file(tree_client, tree):
    html = tree_client.get(tree.activity.url).content.decode()
    assert f'href="{reverse("activity_ics", args=[tree.activity.pk])}"' in html
    assert "Zet in mijn agenda" in html
