"""Calendar programs read the portal's feeds as the portal means them, across summer time.

Two independent parsers expand every iCal feed of the demo regions over 13 months: Mozilla's
``ical.js`` under Node (the parser behind Thunderbird, installed from npm into tests/clients by
``.ci/run``) and ``vobject`` with dateutil. Each must list exactly the portal's own occurrences.
"""

import datetime
import json
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

from django.urls import reverse

import icalendar
import pytest
import vobject

from aanbod.agenda import ical
from aanbod.models import ActivityPage, OrganisationPage
from wijken.models import GemeentePage, WijkPage

pytestmark = [pytest.mark.django_db, pytest.mark.clients]
CLIENTS = Path(__file__).resolve().parent.parent / "clients"
TZ = ZoneInfo("Europe/Amsterdam")
FROM = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
UNTIL = datetime.datetime(2028, 1, 1, tzinfo=datetime.UTC)  # 13 months: both 2027 changes


@pytest.fixture
def frozen_clock(time_machine):
    """The demo's dates are fixed; the feeds are read on 1 December 2026."""
    time_machine.move_to(datetime.datetime(2026, 12, 1, 8, tzinfo=TZ), tick=False)


def _feeds(client) -> dict[str, bytes]:
    """Every public iCal feed of the demo regions, by URL, fetched on its region's host."""
    feeds = {}
    pages = [
        ("wijk_ical_feed", WijkPage),
        ("gemeente_ical_feed", GemeentePage),
        ("organisation_ical_feed", OrganisationPage),
    ]
    for name, model in pages:
        for page in model.objects.live().public():
            host = page.get_site().hostname
            url = reverse(name, args=[page.pk])
            response = client.get(url, HTTP_HOST=host)
            if response.status_code == 200:
                feeds[f"{host}{url}"] = response.content
    assert len(feeds) >= 20, "the demo regions should give many feeds"
    return feeds


def _portal_occurrences(feed: bytes) -> set[tuple[str, datetime.datetime]]:
    """(UID, start) of every occurrence the portal itself lists for the feed's activities."""
    expected = set()
    for event in icalendar.Calendar.from_ical(feed).walk("VEVENT"):
        uid = str(event["UID"])
        activity = ActivityPage.objects.get(pk=int(uid.split("@")[0].removeprefix("activity-")))
        for occurrence in activity.occurrences(FROM, UNTIL):
            expected.add((uid, occurrence.start.astimezone(datetime.UTC)))
    return expected


def _ical_js(paths: list[Path]) -> dict[str, set[tuple[str, datetime.datetime]]]:
    """What ical.js (Thunderbird's parser) expands from each file."""
    result = subprocess.run(
        ["node", str(CLIENTS / "expand_ics.mjs"), FROM.isoformat(), UNTIL.isoformat()]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        check=True,
        cwd=CLIENTS,
    )
    return {
        file: {
            (o["uid"], datetime.datetime.fromisoformat(o["start"].replace("Z", "+00:00")))
            for o in found
        }
        for file, found in json.loads(result.stdout).items()
    }


def _vobject(feed: bytes) -> set[tuple[str, datetime.datetime]]:
    """What vobject (with dateutil) expands from one file."""
    found = set()
    for vevent in vobject.readOne(feed.decode()).vevent_list:
        uid = vevent.uid.value
        rules = vevent.getrruleset(addRDate=True)
        starts = rules.between(FROM, UNTIL, inc=True) if rules else [vevent.dtstart.value]
        for start in starts:
            if FROM <= start < UNTIL:
                found.add((uid, start.astimezone(datetime.UTC)))
    return found


def test_thunderbird_and_vobject_see_the_portals_own_dates_in_every_feed(
    client, frozen_clock, tmp_path
):
    feeds = _feeds(client)
    paths = {}
    for number, (url, body) in enumerate(sorted(feeds.items())):
        paths[url] = tmp_path / f"feed-{number}.ics"
        paths[url].write_bytes(body)
    from_ical_js = _ical_js(list(paths.values()))
    summer_dates = 0
    for url, body in feeds.items():
        expected = _portal_occurrences(body)
        assert from_ical_js[str(paths[url])] == expected, f"ical.js differs for {url}"
        assert _vobject(body) == expected, f"vobject differs for {url}"
        summer_dates += sum(1 for _, start in expected if start.astimezone(TZ).dst())
    assert summer_dates > 100, "the window must hold many dates in summer time"


def test_a_weekly_morning_stays_at_ten_oclock_after_the_change_to_summer_time(
    client, frozen_clock, tmp_path
):
    activity = next(
        a
        for a in ActivityPage.objects.live().public().exclude(recurrence="")
        if "WEEKLY" in a.recurrence and a.occurrences(FROM, UNTIL)
    )
    host = activity.get_site().hostname
    body = client.get(reverse("activity_ics", args=[activity.pk]), HTTP_HOST=host).content
    path = tmp_path / "one.ics"
    path.write_bytes(body)
    local_hours = {
        start.astimezone(TZ).strftime("%H:%M") for _, start in _ical_js([path])[str(path)]
    }
    assert local_hours == {activity.start.astimezone(TZ).strftime("%H:%M")}


def test_the_time_zone_rules_match_the_tz_database_for_every_year_a_feed_can_hold():
    zone = ical.timezone_component()
    (summer,) = zone.walk("DAYLIGHT")
    (winter,) = zone.walk("STANDARD")
    # RFC 5545: DTSTART is the local time in force before the change.
    assert summer["DTSTART"].dt == datetime.datetime(1996, 3, 31, 2, 0)
    assert winter["DTSTART"].dt == datetime.datetime(1996, 10, 27, 3, 0)
    from dateutil.rrule import rrulestr

    for part, offset in [(summer, 2), (winter, 1)]:
        rule = rrulestr(part["RRULE"].to_ical().decode(), dtstart=part["DTSTART"].dt)
        for change in rule.between(datetime.datetime(1996, 1, 1), datetime.datetime(2040, 1, 1)):
            before = (change - datetime.timedelta(hours=3 - offset)).replace(tzinfo=TZ)
            after = (change + datetime.timedelta(hours=1, minutes=1)).replace(tzinfo=TZ)
            assert after.utcoffset() == datetime.timedelta(hours=offset), change
            assert before.utcoffset() != after.utcoffset(), change


def test_the_uid_is_the_same_whatever_host_the_feed_was_asked_on(client, frozen_clock):
    activity = ActivityPage.objects.live().public().first()
    host = activity.get_site().hostname
    url = reverse("activity_ics", args=[activity.pk])
    uids = set()
    for asked in [host, "127.0.0.1", "localhost"]:
        calendar = icalendar.Calendar.from_ical(client.get(url, HTTP_HOST=asked).content)
        uids |= {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert uids == {f"activity-{activity.pk}@{host}"}
