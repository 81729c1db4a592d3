"""iCal in: an organisation's own calendar feed, served by a real local HTTP server, imported.

The feeds come from ``http.server`` on a free port in a thread (good, changed and broken ones);
mail goes over real SMTP (aiosmtpd). Time is fixed on Monday 4 January 2027.
"""

import contextlib
import datetime
import http.server
import threading
import time
from dataclasses import dataclass
from io import StringIO
from zoneinfo import ZoneInfo

from django.core.management import call_command

from wagtail.models import WorkflowState

import pytest
import recurring_ical_events
import time_machine

from aanbod.agenda.import_ import fetch as ical_fetch
from aanbod.agenda.import_.sync import import_feed
from aanbod.editorial.onboarding import ensure_organisation_access
from aanbod.models import ActivityPage, CalendarFeed, Category, OrganisationPage
from tests import factories as f
from tests.mail_server import smtp_inbox  # noqa: F401
from tests.roles import organisation_editor

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2027, 1, 4, 9, 0, tzinfo=TZ)

GOOD = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Buurtagenda//NL
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
UID:buurtfeest-2027@buurtagenda.test
DTSTAMP:20270101T120000Z
SUMMARY:Buurtfeest
DESCRIPTION:<p>Met <b>muziek</b> en hapjes.</p><script>alert(1)</script>
LOCATION:Buurthuis De Egge\\, Kerkstraat 1\\, 9991 AA Testdorp
DTSTART:20270116T130000Z
DTEND:20270116T170000Z
END:VEVENT
BEGIN:VEVENT
UID:taalcafe@buurtagenda.test
DTSTAMP:20270101T120000Z
SUMMARY:Taalcafé
DESCRIPTION:Samen Nederlands oefenen.
LOCATION:Bibliotheek
DTSTART;TZID=Europe/Amsterdam:20270105T100000
DTEND;TZID=Europe/Amsterdam:20270105T113000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T215959Z
EXDATE;TZID=Europe/Amsterdam:20270119T100000
END:VEVENT
BEGIN:VEVENT
UID:markt@buurtagenda.test
DTSTAMP:20270101T120000Z
SUMMARY:Voorjaarsmarkt
DTSTART;VALUE=DATE:20270410
DTEND;VALUE=DATE:20270411
END:VEVENT
BEGIN:VEVENT
UID:wandelen@buurtagenda.test
DTSTAMP:20270101T120000Z
SUMMARY:Wandelen in het park
DTSTART:20270120T140000
DURATION:PT2H
END:VEVENT
BEGIN:VEVENT
UID:oud@buurtagenda.test
DTSTAMP:20270101T120000Z
SUMMARY:Nieuwjaarsborrel 2026
DTSTART:20260101T160000Z
DTEND:20260101T180000Z
END:VEVENT
BEGIN:VEVENT
UID:kapot@buurtagenda.test
DTSTAMP:20270101T120000Z
SUMMARY:Kapotte afspraak
DTSTART:morgen
END:VEVENT
END:VCALENDAR
"""

CHANGED = (
    GOOD.replace("SUMMARY:Buurtfeest\n", "SUMMARY:Buurtfeest Zonnewijk\n")
    .replace("DTSTART:20270116T130000Z", "DTSTART:20270116T140000Z")
    .replace(
        "UID:markt@buurtagenda.test",
        "UID:repair@buurtagenda.test",
    )
    .replace("SUMMARY:Voorjaarsmarkt", "SUMMARY:Repair café")
)


@dataclass
class Route:
    """What the local server answers on one path."""

    body: bytes | None = b""
    status: int = 200
    content_type: str = "text/calendar; charset=utf-8"
    etag: str = ""
    delay: float = 0
    junk_bytes: int = 0
    declare_length: bool = False


class FeedServer(http.server.ThreadingHTTPServer):
    """A real HTTP server on 127.0.0.1 and a free port; tests change its routes."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), FeedHandler)
        self.routes: dict[str, Route] = {}
        self.seen: list[dict] = []

    def url(self, path: str = "/agenda.ics") -> str:
        """The full URL of a path on this server."""
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def serve(self, text: str, path: str = "/agenda.ics", **options) -> str:
        """Answer ``path`` with this calendar text (CRLF line ends, as RFC 5545 asks)."""
        body = text.replace("\n", "\r\n").encode()
        self.routes[path] = Route(body=body, **options)
        return self.url(path)


class FeedHandler(http.server.BaseHTTPRequestHandler):
    """Serves the server's routes; 404 for anything else."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        route = self.server.routes.get(self.path)
        self.server.seen.append(dict(self.headers))
        if route is None:
            self.send_error(404)
            return
        # The importer hanging up (too big, too slow) is what those tests want.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(route)

    def _answer(self, route: Route) -> None:
        if route.delay:
            time.sleep(route.delay)
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.declare_length:
            self.send_header("Content-Length", str(route.junk_bytes or len(route.body)))
        self.end_headers()
        if route.junk_bytes:
            chunk = b"X" * 65536
            for _ in range(route.junk_bytes // len(chunk)):
                self.wfile.write(chunk)
            return
        self.wfile.write(route.body)


@pytest.fixture
def server():
    """The feed server, running in a thread for the test."""
    feed_server = FeedServer()
    thread = threading.Thread(target=feed_server.serve_forever, daemon=True)
    thread.start()
    try:
        yield feed_server
    finally:
        feed_server.shutdown()
        feed_server.server_close()


@pytest.fixture
def limits(settings):
    """Test limits: local addresses allowed, short timeouts, mail after three failures."""
    settings.AANBOD_ICAL_IMPORT = {
        "ALLOW_PRIVATE_ADDRESSES": True,
        "CONNECT_TIMEOUT": 2,
        "READ_TIMEOUT": 0.5,
        "TOTAL_TIMEOUT": 5,
        "NOTIFY_AFTER": 3,
    }
    return settings.AANBOD_ICAL_IMPORT


@pytest.fixture
def now():
    """Monday 4 January 2027, 09:00 in Amsterdam (the clock keeps ticking from there)."""
    with time_machine.travel(NOW, tick=True):
        yield NOW


@pytest.fixture
def org(tree, now, limits, server):
    """The test organisation with its feed URL pointing at the local server."""
    organisation = tree.organisation
    organisation.ical_url = server.serve(GOOD, etag='"v1"')
    organisation.save_revision().publish()
    return OrganisationPage.objects.get(pk=organisation.pk)


def imported(organisation) -> dict[str, ActivityPage]:
    """The organisation's imported activities by UID."""
    pages = ActivityPage.objects.child_of(organisation).exclude(ical_uid="")
    return {p.ical_uid: p for p in pages}


def snapshot(organisation) -> list[tuple]:
    """What an editor or resident could notice about the imported pages."""
    return sorted(
        (p.ical_uid, p.title, p.live, p.start, p.revisions.count())
        for p in imported(organisation).values()
    )


# -- a good feed -----------------------------------------------------------------------------


def test_good_feed_becomes_activities_of_the_organisation(org, tree, tree_client):
    result = import_feed(org)
    assert result.ok and (result.created, result.updated, result.unpublished) == (4, 0, 0)
    pages = imported(org)
    assert set(pages) == {
        "buurtfeest-2027@buurtagenda.test",
        "taalcafe@buurtagenda.test",
        "markt@buurtagenda.test",
        "wandelen@buurtagenda.test",
    }  # the 2026 borrel is over; the broken one is skipped and reported
    assert all(p.live for p in pages.values())
    assert all(list(p.wijken.all()) == [tree.wijk] for p in pages.values())

    feest = pages["buurtfeest-2027@buurtagenda.test"]
    assert feest.intro == "Met muziek en hapjes."  # HTML and script gone
    assert (feest.location_name, feest.street, feest.postcode, feest.city) == (
        "Buurthuis De Egge",
        "Kerkstraat 1",
        "9991 AA",
        "Testdorp",
    )
    assert feest.start == datetime.datetime(2027, 1, 16, 14, 0, tzinfo=TZ)  # UTC in the feed
    assert feest.recurrence == "" and feest.intro

    taal = pages["taalcafe@buurtagenda.test"]
    assert (taal.recurrence, taal.series_end) == (
        "FREQ=WEEKLY;BYDAY=TU",
        datetime.date(2027, 3, 30),
    )
    assert taal.excluded_dates == [datetime.date(2027, 1, 19)]
    dates = [o.date for o in taal.occurrences(NOW, NOW + datetime.timedelta(days=120))]
    assert len(dates) == 12 and datetime.date(2027, 1, 19) not in dates
    assert {o.start.astimezone(TZ).hour for o in taal.occurrences(NOW)} == {10}

    markt = pages["markt@buurtagenda.test"]  # all day
    assert markt.start == datetime.datetime(2027, 4, 10, 0, 0, tzinfo=TZ)
    assert markt.end == datetime.datetime(2027, 4, 11, 0, 0, tzinfo=TZ)
    wandelen = pages["wandelen@buurtagenda.test"]  # floating time, DURATION
    assert wandelen.start == datetime.datetime(2027, 1, 20, 14, 0, tzinfo=TZ)
    assert wandelen.end - wandelen.start == datetime.timedelta(hours=2)

    feed = CalendarFeed.objects.get(organisation=org)
    assert feed.last_success_at and feed.consecutive_failures == 0 and feed.event_count == 5
    assert feed.skipped == ["Kapotte afspraak: onleesbare velden: DTSTART"]
    html = tree_client.get(org.url).content.decode()
    assert "Taalcafé" in html and "Buurtfeest" in html


def test_reimport_changes_nothing_and_asks_only_for_what_changed(org, server):
    import_feed(org)
    before = snapshot(org)
    result = import_feed(org)  # the server answers 304 Not Modified to If-None-Match
    assert result.ok and result.not_modified
    assert server.seen[-1]["If-None-Match"] == '"v1"'
    server.serve(GOOD)  # same content, no ETag: fetched in full, still no new revisions
    result = import_feed(org)
    assert result.ok and not result.not_modified and result.updated == 0
    assert snapshot(org) == before


def test_changed_feed_updates_unpublishes_and_adds(org, server):
    import_feed(org)
    before = imported(org)
    revisions = {uid: p.revisions.count() for uid, p in before.items()}
    server.serve(CHANGED)
    result = import_feed(org)
    assert (result.created, result.updated, result.unpublished) == (1, 1, 1)
    after = imported(org)
    feest = after["buurtfeest-2027@buurtagenda.test"]
    assert feest.pk == before["buurtfeest-2027@buurtagenda.test"].pk
    assert feest.title == "Buurtfeest Zonnewijk"
    assert feest.start == datetime.datetime(2027, 1, 16, 15, 0, tzinfo=TZ)
    assert feest.revisions.count() == revisions["buurtfeest-2027@buurtagenda.test"] + 1
    taal = after["taalcafe@buurtagenda.test"]
    assert taal.revisions.count() == revisions["taalcafe@buurtagenda.test"]  # unchanged
    markt = after["markt@buurtagenda.test"]
    assert not markt.live  # removed from the feed: offline, not deleted
    assert after["repair@buurtagenda.test"].live

    server.serve(GOOD)  # the market is back in the feed
    result = import_feed(org)
    assert ActivityPage.objects.get(pk=markt.pk).live
    assert not ActivityPage.objects.get(ical_uid="repair@buurtagenda.test").live


def test_the_feed_wins_for_its_fields_and_leaves_the_editors_own(org, tree, server):
    import_feed(org)
    server.serve(GOOD)  # no ETag: every run reads the feed in full and compares
    taal = imported(org)["taalcafe@buurtagenda.test"]
    taal.title = "Taalcafé (door redacteur hernoemd)"
    taal.cost = "Gratis"
    taal.categories.set([tree.category])
    taal.save_revision().publish()
    import_feed(org)
    taal = ActivityPage.objects.get(pk=taal.pk)
    assert taal.title == "Taalcafé"
    assert taal.cost == "Gratis"
    assert list(taal.categories.all()) == [Category.objects.get(pk=tree.category.pk)]


def test_an_activity_the_editor_unpublished_stays_offline(org):
    import_feed(org)
    wandelen = imported(org)["wandelen@buurtagenda.test"]
    wandelen.unpublish()
    import_feed(org)
    assert not ActivityPage.objects.get(pk=wandelen.pk).live


def test_review_mode_sends_imported_activities_for_review(org):
    org.review_mode = "region"
    org.save_revision().publish()
    ensure_organisation_access(org)
    import_feed(org)
    pages = imported(org)
    assert len(pages) == 4 and not any(p.live for p in pages.values())
    for page in pages.values():
        state = WorkflowState.objects.active().for_instance(page).get()
        assert state.workflow.name.startswith("Beoordeling door de regio")


def test_moved_and_cancelled_occurrences(org, server):
    moved = """BEGIN:VEVENT
UID:taalcafe@buurtagenda.test
RECURRENCE-ID;TZID=Europe/Amsterdam:20270126T100000
SUMMARY:Taalcafé (in de grote zaal)
DTSTART;TZID=Europe/Amsterdam:20270127T140000
DTEND;TZID=Europe/Amsterdam:20270127T153000
END:VEVENT
BEGIN:VEVENT
UID:taalcafe@buurtagenda.test
RECURRENCE-ID;TZID=Europe/Amsterdam:20270202T100000
STATUS:CANCELLED
SUMMARY:Taalcafé
DTSTART;TZID=Europe/Amsterdam:20270202T100000
END:VEVENT
END:VCALENDAR
"""
    server.serve(GOOD.replace("END:VCALENDAR\n", moved))
    import_feed(org)
    pages = imported(org)
    taal = pages["taalcafe@buurtagenda.test"]
    assert taal.excluded_dates == [
        datetime.date(2027, 1, 19),
        datetime.date(2027, 1, 26),
        datetime.date(2027, 2, 2),
    ]
    one_off = pages["taalcafe@buurtagenda.test/2027-01-26"]
    assert one_off.start == datetime.datetime(2027, 1, 27, 14, 0, tzinfo=TZ)
    assert one_off.recurrence == ""


# -- broken feeds ----------------------------------------------------------------------------

BROKEN = {
    "bad syntax": ({"body": b"BEGIN:VCALENDAR\r\nDit is geen agenda\r\n"}, "geen geldige iCal"),
    "wrong type": (
        {"body": b"<html><body>Log in</body></html>", "content_type": "text/html"},
        "stuurt geen agenda maar 'text/html'",
    ),
    "too slow": ({"body": GOOD.encode(), "delay": 2}, "antwoordde niet binnen 0.5 seconden"),
    "10 MB of junk": ({"junk_bytes": 10 * 1024 * 1024}, "groter dan 2048 kB"),
    "10 MB announced": (
        {"junk_bytes": 10 * 1024 * 1024, "declare_length": True},
        "groter dan 2048 kB",
    ),
    "server error": (
        {"body": b"oops", "status": 500, "content_type": "text/plain"},
        "foutcode 500",
    ),
    "not found": ({"body": b"", "status": 404}, "foutcode 404"),
    "nothing usable": (
        {"body": b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR"},
        "Geen enkele activiteit",
    ),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_feed_leaves_everything_as_it_was(org, server, kind):
    import_feed(org)
    before = snapshot(org)
    options, message = BROKEN[kind]
    server.routes["/agenda.ics"] = Route(**options)
    result = import_feed(org)
    assert not result.ok and message in result.error
    assert snapshot(org) == before
    feed = CalendarFeed.objects.get(organisation=org)
    assert feed.consecutive_failures == 1 and message in feed.last_error
    assert feed.last_success_at < feed.last_fetched_at


def test_plain_text_is_tolerated_only_when_it_is_a_calendar(org, server):
    server.serve(GOOD, content_type="application/octet-stream")
    assert import_feed(org).ok
    server.serve("Welkom op onze site", content_type="text/plain")
    assert "stuurt geen agenda" in import_feed(org).error


def test_editors_are_mailed_once_when_the_feed_keeps_failing(org, server, tree, smtp_inbox):  # noqa: F811
    els = organisation_editor(org, "els")
    other = f.OrganisationPageFactory(parent=tree.organisations, title="Andere Stichting")
    organisation_editor(other, "piet")
    import_feed(org)
    server.routes["/agenda.ics"] = Route(body=b"<html></html>", content_type="text/html")
    for _ in range(2):
        import_feed(org)
    assert smtp_inbox.messages == []
    import_feed(org)  # the third failure in a row
    assert [m["To"] for m in smtp_inbox.messages] == [els.email]
    message = smtp_inbox.messages[0]
    assert "agenda van Buurtzorg Test kan niet worden opgehaald" in message["Subject"]
    body = smtp_inbox.bodies()[0]
    assert "3 keer op rij" in body and "text/html" in body
    assert f"/admin/pages/{org.pk}/edit/" in body
    import_feed(org)
    import_feed(org)
    assert len(smtp_inbox.messages) == 1  # not on every run

    server.serve(GOOD)
    assert import_feed(org).ok
    server.routes["/agenda.ics"] = Route(status=500, body=b"")
    for _ in range(3):
        import_feed(org)
    assert len(smtp_inbox.messages) == 2  # after a success, new failures mail again


def test_private_addresses_are_refused_unless_allowed(org, limits, settings):
    settings.AANBOD_ICAL_IMPORT = {**limits, "ALLOW_PRIVATE_ADDRESSES": False}
    result = import_feed(org)
    assert not result.ok and "intern netwerk" in result.error
    assert not imported(org)
    for url in ["http://localhost/agenda.ics", "http://[::1]/a.ics", "http://169.254.169.254/"]:
        with pytest.raises(ical_fetch.FeedError, match="intern netwerk"):
            ical_fetch.check_url_allowed(url)
    with pytest.raises(ical_fetch.FeedError, match="http:// of https://"):
        ical_fetch.check_url_allowed("file:///etc/passwd")


# -- editors ---------------------------------------------------------------------------------


def _edit(client, org, ical_url):
    """Post the organisation's edit form as its editor would, with a new calendar URL."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": org.title,
            "slug": org.slug,
            "kind": org.kind,
            "intro": org.intro,
            "body": streamfield([]),
            "wijken": [w.pk for w in org.wijken.all()],
            "ical_url": ical_url,
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
            "action-publish": "publish",
        }
    )
    return client.post(f"/admin/pages/{org.pk}/edit/", data)


def test_editor_registers_the_url_and_sees_its_status(client, org, server):
    client.force_login(organisation_editor(org, "els"))
    for bad in ["ftp://example.org/agenda.ics", "javascript:alert(1)", "agenda.ics"]:
        response = _edit(client, org, bad)
        assert response.status_code == 200
        assert "begint met http:// of https://" in response.content.decode()
    assert OrganisationPage.objects.get(pk=org.pk).ical_url == server.url()

    new_url = server.serve(GOOD, path="/nieuw.ics")
    response = _edit(client, org, new_url)
    assert response.status_code == 302
    assert OrganisationPage.objects.get(pk=org.pk).ical_url == new_url

    server.routes["/nieuw.ics"] = Route(status=500, body=b"")
    import_feed(OrganisationPage.objects.get(pk=org.pk))
    html = client.get(f"/admin/pages/{org.pk}/edit/").content.decode()
    assert "Agenda koppelen" in html and "foutcode 500" in html
    assert "blijven staan" in html


def test_publishing_a_new_url_imports_it_straight_away(
    client, org, server, django_capture_on_commit_callbacks
):
    client.force_login(organisation_editor(org, "els"))
    with django_capture_on_commit_callbacks(execute=True):
        assert _edit(client, org, server.serve(GOOD, path="/nieuw.ics")).status_code == 302
    assert len(imported(org)) == 4
    page = imported(org)["taalcafe@buurtagenda.test"]
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "komt uit de gekoppelde agenda" in html


def test_other_organisations_editors_cannot_set_the_url(client, org, tree):
    other = f.OrganisationPageFactory(parent=tree.organisations, title="Andere Stichting")
    client.force_login(organisation_editor(other, "piet"))
    response = _edit(client, org, "https://example.org/kwaad.ics")
    assert response.status_code in {302, 403} and response.get("Location", "/admin/") == "/admin/"
    assert OrganisationPage.objects.get(pk=org.pk).ical_url != "https://example.org/kwaad.ics"


def test_command_imports_every_registered_feed(org):
    out = StringIO()
    call_command("import_calendars", stdout=out)
    assert "Buurtzorg Test: 4 nieuw, 0 bijgewerkt, 0 offline gehaald" in out.getvalue()


# -- round trip ------------------------------------------------------------------------------


def test_our_own_feed_imported_elsewhere_gives_the_same_occurrences(
    tree, tree_client, now, limits, server
):
    from aanbod.models import ActivityExceptionDate

    source = tree.activity
    source.series_end = datetime.date(2027, 6, 29)
    source.save_revision().publish()
    ActivityExceptionDate.objects.create(page=source, date=datetime.date(2027, 2, 16))
    f.ActivityPageFactory(
        parent=tree.organisation,
        title="Buurtfeest",
        recurrence="",
        start=datetime.datetime(2027, 5, 1, 15, tzinfo=TZ),
        end=datetime.datetime(2027, 5, 1, 18, tzinfo=TZ),
        location_name="Buurthuis De Egge",
        street="Kerkstraat 1",
        postcode="9991 AA",
        city="Testdorp",
    )
    exported = tree_client.get(f"/feeds/organisatie/{tree.organisation.pk}.ics").content
    server.routes["/export.ics"] = Route(body=exported)
    other = f.OrganisationPageFactory(parent=tree.organisations, title="Andere Stichting")
    other.ical_url = server.url("/export.ics")
    other.save_revision().publish()
    assert import_feed(OrganisationPage.objects.get(pk=other.pk)).ok

    window = (NOW, NOW + datetime.timedelta(days=365))
    copies = {p.title: p for p in imported(other).values()}
    originals = ActivityPage.objects.child_of(tree.organisation).live().filter(title__in=copies)
    assert len(copies) == originals.count() >= 3
    for original in originals:
        copy = copies[original.title]
        assert [o.start for o in copy.occurrences(*window)] == [
            o.start for o in original.occurrences(*window)
        ]
        assert copy.intro == original.intro  # our own page link is not repeated in the intro
    feest = copies["Buurtfeest"]
    assert (feest.location_name, feest.street, feest.city) == (
        "Buurthuis De Egge",
        "Kerkstraat 1",
        "Testdorp",
    )
    # And a calendar program reading the re-exported feed sees the same dates as the original.
    import icalendar

    again = tree_client.get(f"/feeds/organisatie/{other.pk}.ics").content
    first = recurring_ical_events.of(icalendar.Calendar.from_ical(exported)).between(*window)
    second = recurring_ical_events.of(icalendar.Calendar.from_ical(again)).between(*window)
    assert sorted(e["DTSTART"].dt for e in first) == sorted(e["DTSTART"].dt for e in second)
