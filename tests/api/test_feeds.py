"""iCal feeds per wijk, gemeente and organisation; RSS/Atom of ontwikkelingen per gemeente."""

import datetime
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

from django.urls import reverse

import icalendar
import pytest
import recurring_ical_events

from aanbod.models import ActivityExceptionDate
from tests import factories as f

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


def calendar(client, url) -> icalendar.Calendar:
    response = client.get(url, HTTP_ORIGIN="https://gemeente.example")
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    return icalendar.Calendar.from_ical(response.content)


def summaries(cal) -> set[str]:
    return {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}


def test_wijk_feed_is_rfc5545_with_timezone_rule_and_exceptions(tree_client, tree):
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 12, 8))
    cal = calendar(tree_client, reverse("wijk_ical_feed", args=[tree.wijk.pk]))
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert summaries(cal) == {"Koffie-ochtend Zonnewijk"}  # not the hidden or region-wide one
    (event,) = cal.walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and "EXDATE" in event
    days = recurring_ical_events.of(cal).between(
        datetime.datetime(2026, 12, 1, tzinfo=TZ), datetime.datetime(2026, 12, 23, tzinfo=TZ)
    )
    starts = sorted(e["DTSTART"].dt for e in days)
    assert [d.day for d in starts] == [1, 15, 22]  # Tuesdays, the 8th cancelled
    assert all(d.hour == 10 for d in starts)
    portal = [
        o.start
        for o in tree.activity.occurrences(
            datetime.datetime(2026, 12, 1, tzinfo=TZ), datetime.datetime(2026, 12, 23, tzinfo=TZ)
        )
    ]
    assert starts == portal


def test_gemeente_and_organisation_feeds(tree_client, tree):
    cal = calendar(tree_client, reverse("gemeente_ical_feed", args=[tree.gemeente.pk]))
    assert summaries(cal) == {"Koffie-ochtend Zonnewijk"}
    cal = calendar(tree_client, reverse("organisation_ical_feed", args=[tree.organisation.pk]))
    assert summaries(cal) == {"Koffie-ochtend Zonnewijk", "Regiowandeling"}  # hidden one left out


def test_feeds_of_hidden_or_unknown_places_are_404(tree_client, tree):
    for url in [
        reverse("wijk_ical_feed", args=[tree.wijk_prep.pk]),
        reverse("gemeente_ical_feed", args=[tree.gemeente_prep.pk]),
        reverse("wijk_ical_feed", args=[99_999_999]),
        reverse("organisation_ical_feed", args=[tree.wijk.pk]),
        reverse("ontwikkelingen_rss", args=[tree.gemeente_prep.pk]),
        "/feeds/wijk/99999999999999999999999.ics",
    ]:
        assert tree_client.get(url).status_code == 404, url


def test_ended_series_are_left_out(tree_client, tree):
    tree.activity.series_end = datetime.date(2026, 2, 1)
    tree.activity.save()
    cal = calendar(tree_client, reverse("wijk_ical_feed", args=[tree.wijk.pk]))
    assert summaries(cal) == set()


def test_feed_query_count_does_not_grow_with_activities(tree_client, tree, no_api_cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("wijk_ical_feed", args=[tree.wijk.pk])
    tree_client.get(url)
    with CaptureQueriesContext(connection) as few:
        tree_client.get(url)
    for n in range(6):
        act = f.ActivityPageFactory(parent=tree.organisation, title=f"Extra {n}")
        act.wijken.set([tree.wijk])
        act.categories.set([tree.category])
        act.save()
        ActivityExceptionDate.objects.create(page=act, date=datetime.date(2026, 12, 8))
    with CaptureQueriesContext(connection) as many:
        cal = calendar(tree_client, url)
    assert len(summaries(cal)) == 7
    assert len(many) == len(few)


def test_rss_and_atom_of_ontwikkelingen(tree_client, tree):
    f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Nieuwe speeltuin", date=datetime.date(2026, 11, 2)
    )
    response = tree_client.get(reverse("ontwikkelingen_rss", args=[tree.gemeente.pk]))
    assert response.status_code == 200 and "rss" in response["Content-Type"]
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Ontwikkelingen in Testgemeente"
    items = [i.findtext("title") for i in channel.findall("item")]
    assert items == ["Nieuwe speeltuin", "Nieuw buurthuis"]  # newest first; not Laterdorp's
    assert channel.find("item").findtext("link").startswith("http://testregio.localhost/")
    atom = tree_client.get(reverse("ontwikkelingen_atom", args=[tree.gemeente.pk]))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = ET.fromstring(atom.content).findall("a:entry", ns)
    assert [e.findtext("a:title", namespaces=ns) for e in entries] == items


def test_kept_events_never_outlive_a_change_to_what_they_show(tree_client, tree):
    """Each VEVENT's text is kept between fetches; a cancelled date or a renamed category shows."""
    tree.activity.categories.set([tree.category])
    tree.activity.save()
    url = reverse("wijk_ical_feed", args=[tree.wijk.pk])
    first = tree_client.get(url).content
    assert tree_client.get(url).content == first  # the same bytes (DTSTAMP is the publish time)
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 12, 8))
    (event,) = calendar(tree_client, url).walk("VEVENT")
    assert "EXDATE" in event
    category = tree.category
    category.name = "Boodschappen en klussen (test)"
    category.save()
    (event,) = calendar(tree_client, url).walk("VEVENT")
    assert "Boodschappen en klussen (test)" in event["CATEGORIES"].to_ical().decode()
