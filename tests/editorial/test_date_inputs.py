"""Editors type dates and times the Dutch way in the admin; nothing typed is silently replaced."""

import datetime
import zoneinfo

from wagtail.models import Page
from wagtail.users.models import UserProfile

import lxml.html
import pytest
import time_machine

from aanbod.models import ActivityPage
from tests.roles import gemeente_users, organisation_editor, region_admin
from wijken.models import GemeentePage, OntwikkelingPage

pytestmark = pytest.mark.django_db
AMS = zoneinfo.ZoneInfo("Europe/Amsterdam")
# "Today" for these tests: Wednesday 2 December 2026, so "8 dec" is next Tuesday.
TODAY = datetime.datetime(2026, 12, 2, 9, 0, tzinfo=AMS)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def editor_client(client, tree):
    """The test client, logged in as an editor of the activity's organisation."""
    client.force_login(organisation_editor(tree.organisation, "els"))
    return client


def form_values(html: str, form_id: str) -> dict[str, list[str]]:
    """What a browser would send for the edit form as shown (before any script runs)."""
    form = lxml.html.fromstring(html).get_element_by_id(form_id)
    values: dict[str, list[str]] = {}
    for name, value in form.form_values():
        values.setdefault(name, []).append(value)
    # The body's StreamField inputs are drawn by script; the test pages have an empty body.
    values.setdefault("body-count", ["0"])
    return values


def edit_form(client, page) -> dict[str, list[str]]:
    """The page's edit form as the editor gets it."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return form_values(response.content.decode(), "page-edit-form")


def post_edit(client, page, **changes):
    """Post the edit form with the changed fields and the publish button."""
    data = edit_form(client, page)
    data.update({name: [value] for name, value in changes.items()})
    data["action-publish"] = ["publish"]
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def input_value(html: str, name: str) -> str:
    """The value an input shows."""
    return lxml.html.fromstring(html).xpath(f'//input[@name="{name}"]')[0].get("value")


def test_edit_form_shows_plain_date_and_time_boxes_with_five_minute_times(editor_client, tree):
    html = editor_client.get(f"/admin/pages/{tree.activity.pk}/edit/").content.decode()
    assert input_value(html, "start_0") == "6-1-2026"
    assert input_value(html, "start_1") == "10:00"
    assert input_value(html, "end_1") == "12:00"
    # Wagtail's picker script (which replaced unreadable text with today) is not attached.
    for name in ("start", "end", "series_end"):
        assert f'initDateTimeChooser("id_{name}' not in html
        assert f'initDateChooser("id_{name}' not in html
    doc = lxml.html.fromstring(html)
    time_box = doc.xpath('//input[@name="start_1"]')[0]
    times = [o.get("value") for o in doc.get_element_by_id(time_box.get("list")).iter("option")]
    assert times[:3] == ["00:00", "00:05", "00:10"] and "10:35" in times and len(times) == 288
    assert time_box.get("aria-label") == "Eerste keer: begin, tijd"
    assert (
        doc.xpath('//label[@for="id_start_0"]')[0]
        .text_content()
        .strip()
        .startswith("Eerste keer: begin")
    )
    assert "Bijv. 8-12-2026 of 8 dec" in html and "Bijv. 10.30" in html
    assert "css/date-inputs.css" in html


def test_editor_types_a_dutch_date_and_time(editor_client, tree):
    page = tree.activity
    wijken_before = set(page.wijken.values_list("pk", flat=True))
    response = post_edit(
        editor_client,
        page,
        start_0="8-12-2026",
        start_1="10.30",
        end_0="8 dec",
        end_1="12u",
        schedule_ends="until",  # the schedule widget's "until" date, typed the Dutch way too
        schedule_until="30 juni 2027",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.start == datetime.datetime(2026, 12, 8, 10, 30, tzinfo=AMS)
    assert page.end == datetime.datetime(2026, 12, 8, 12, 0, tzinfo=AMS)
    assert page.series_end == datetime.date(2027, 6, 30)
    # Nothing else the form held was lost.
    assert page.title == "Koffie-ochtend Zonnewijk"
    assert page.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert set(page.wijken.values_list("pk", flat=True)) == wijken_before


def test_a_time_typed_in_the_date_box_is_read_too(editor_client, tree):
    response = post_edit(
        editor_client,
        tree.activity,
        start_0="8-12-2026 10:00",
        start_1="",
        end_0="ma 14 dec 2026",
        end_1="9.00",
    )
    assert response.status_code == 302
    page = ActivityPage.objects.get(pk=tree.activity.pk)
    assert page.start == datetime.datetime(2026, 12, 8, 10, 0, tzinfo=AMS)
    assert page.end == datetime.datetime(2026, 12, 14, 9, 0, tzinfo=AMS)


def test_a_bad_date_keeps_the_typed_text_and_everything_else(editor_client, tree):
    page = tree.activity
    before = (page.start, page.end, page.title)
    response = post_edit(
        editor_client,
        page,
        title="Koffie-ochtend (nieuw)",
        start_0="32-12-2026",
        start_1="10.30",
        end_0="8-12-2026",
        end_1="12.00",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Die datum bestaat niet: december 2026 heeft 31 dagen." in html
    assert "Het einde moet na het begin liggen" not in html
    assert input_value(html, "start_0") == "32-12-2026"
    assert input_value(html, "start_1") == "10.30"
    assert input_value(html, "end_0") == "8-12-2026"
    assert input_value(html, "title") == "Koffie-ochtend (nieuw)"
    page = ActivityPage.objects.get(pk=page.pk)
    assert (page.start, page.end, page.title) == before
    assert not page.has_unpublished_changes


def test_a_time_off_the_five_minute_steps_is_refused_with_the_nearest_two(editor_client, tree):
    response = post_edit(
        editor_client, tree.activity, start_0="8-12-2026", start_1="10.32", end_0="8-12-2026"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies een tijd in stappen van 5 minuten, zoals 10:30 of 10:35." in html
    assert input_value(html, "start_1") == "10.32"


def test_a_stored_off_step_time_is_kept_when_not_changed(editor_client, tree):
    """An activity from a linked calendar may start at 10:32; saving it again keeps that."""
    page = tree.activity
    page.start = datetime.datetime(2026, 12, 8, 10, 32, tzinfo=AMS)
    page.end = datetime.datetime(2026, 12, 8, 11, 58, tzinfo=AMS)
    page.save_revision().publish()
    assert post_edit(editor_client, page, title="Nieuwe titel").status_code == 302
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.title == "Nieuwe titel"
    assert page.start == datetime.datetime(2026, 12, 8, 10, 32, tzinfo=AMS)


def test_missing_time_says_so(editor_client, tree):
    response = post_edit(editor_client, tree.activity, start_0="8-12-2026", start_1="")
    assert "Vul ook de tijd in, bijv. 10.30." in response.content.decode()


def test_an_english_editor_gets_the_errors_in_english(editor_client, tree):
    user = editor_client.get("/admin/").wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    response = post_edit(editor_client, tree.activity, start_0="morgenochtend", start_1="10.30")
    html = response.content.decode()
    assert "“morgenochtend” is not a date we can read. Type the date as 8-12-2026 or 8 Dec." in html


def test_editor_creates_an_activity_with_dutch_dates(editor_client, tree):
    url = f"/admin/pages/add/aanbod/activitypage/{tree.organisation.pk}/"
    response = editor_client.get(url)
    assert response.status_code == 200
    data = form_values(response.content.decode(), "page-edit-form")
    data.update(
        {
            "title": ["Taalcafé"],
            "slug": ["taalcafe"],
            "intro": ["Samen Nederlands oefenen."],
            "start_0": ["8 dec"],
            "start_1": ["10.30"],
            "end_0": ["8 dec"],
            "end_1": ["12.00"],
            "action-publish": ["publish"],
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ActivityPage.objects.get(slug="taalcafe")
    assert page.start == datetime.datetime(2026, 12, 8, 10, 30, tzinfo=AMS)


def test_gemeente_editor_types_a_news_date_and_rollout_dates(client, tree):
    users = gemeente_users(tree.gemeente, "gem")
    client.force_login(users["editor"])
    news = tree.ontwikkeling
    assert post_edit(client, news, date="8 dec").status_code == 302
    assert OntwikkelingPage.objects.get(pk=news.pk).date == datetime.date(2026, 12, 8)
    response = post_edit(client, news, date="31-11-2026")
    assert "Die datum bestaat niet: november 2026 heeft 30 dagen." in response.content.decode()
    assert input_value(response.content.decode(), "date") == "31-11-2026"


def test_rollout_dates_in_dutch(admin_client, tree):
    gemeente = Page.objects.get(pk=tree.gemeente.pk).specific
    response = post_edit(admin_client, gemeente, pilot_date="1 feb", live_date="1-6-2027")
    assert response.status_code == 302, response.content.decode()[:2000]
    gemeente = GemeentePage.objects.get(pk=gemeente.pk)
    assert (gemeente.pilot_date, gemeente.live_date) == (
        datetime.date(2027, 2, 1),
        datetime.date(2027, 6, 1),
    )


def test_onboarding_a_gemeente_takes_dutch_dates(client, tree):
    client.force_login(region_admin(tree.home, "regio"))
    data = {
        "region": tree.home.pk,
        "name": "Nieuwstad",
        "wijken": "Oost: 9981",
        "phase": "preparation",
        "pilot_date": "1 mrt",
        "live_date": "1-9-2027",
        "cbs_code": "",
    }
    response = client.post("/admin/onboarding/gemeente/", {**data, "live_date": "1-13-2027"})
    assert response.status_code == 200
    assert "We herkennen „1-13-2027” niet als datum." in response.content.decode()
    assert not GemeentePage.objects.filter(slug="nieuwstad").exists()
    assert client.post("/admin/onboarding/gemeente/", data).status_code == 302
    gemeente = GemeentePage.objects.get(slug="nieuwstad")
    assert (gemeente.pilot_date, gemeente.live_date) == (
        datetime.date(2027, 3, 1),
        datetime.date(2027, 9, 1),
    )
