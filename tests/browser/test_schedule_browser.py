"""An organisation editor makes a "second Tuesday of the month" activity with the schedule widget.

The editor chooses the schedule in words, sees the sentence and the next dates, cancels one
date by clicking it, publishes, and finds the same dates on the public page and in its .ics.
Dates are counted from today (the server runs on the real clock).
"""

import datetime
import json

import icalendar
import pytest
import recurring_ical_events

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "e2e-organisatie", "Wijk-test-2027!"
TITLE = "Repaircafé op de tweede dinsdag"
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from wagtail.models import Site
from aanbod.editorial.onboarding import ensure_organisation_access
from aanbod.models import OrganisationPage
home = Site.objects.get(hostname="westelijke-mijnstreek.localhost").root_page
org = OrganisationPage.objects.live().descendant_of(home).order_by("path").first()
org.review_mode = "direct"
org.save_revision().publish()
group = ensure_organisation_access(org)
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}")
user.save()
user.groups.add(group)
print(json.dumps({{"id": org.pk}}))
"""
FIND = f"""
import json
from aanbod.models import ActivityPage
page = ActivityPage.objects.get(title="{TITLE}")
print(json.dumps({{"url": page.relative_url(page.get_site()), "live": page.live}}))
"""


def second_tuesday(year: int, month: int) -> datetime.date:
    """The second Tuesday of a month."""
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(1 - first.weekday()) % 7 + 7)


def months_from(day: datetime.date, count: int) -> list[datetime.date]:
    """The second Tuesdays of ``count`` months, starting with the month after ``day``."""
    year, month, found = day.year, day.month, []
    while len(found) < count:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(second_tuesday(year, month))
    return found


def axe_on_widget(page) -> None:
    """axe-core on the schedule widget only (Wagtail's own admin is not ours to fix)."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
    results = Axe().run(page, context="[data-schedule-widget]", options=options)
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not serious, serious


def test_editor_makes_a_second_tuesday_activity_and_cancels_one_date(e2e_server, page):
    organisation = json.loads(e2e_server.manage("shell", "-c", SETUP).strip().splitlines()[-1])
    dates = months_from(datetime.date.today(), 6)
    first, last, cancelled = dates[0], dates[-1], dates[2]

    page.goto(e2e_server.url("/admin/login/"))
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(e2e_server.url(f"/admin/pages/add/aanbod/activitypage/{organisation['id']}/"))

    page.fill("#id_title", TITLE)
    page.fill("#id_intro", "Samen kapotte spullen repareren, met koffie.")
    for name, time in [("start", "10:00"), ("end", "12:00")]:
        page.fill(f"#id_{name}_0", f"{first.day}-{first.month}-{first.year}")  # Dutch date box
        page.fill(f"#id_{name}_1", time)
        page.keyboard.press("Tab")
    widget = page.locator("[data-schedule-widget]")
    widget.get_by_label("Elke maand, of om de paar maanden").check()
    widget.get_by_label("Op een vaste dag van de week (bijvoorbeeld de tweede dinsdag)").check()
    widget.get_by_label("Welke keer in de maand").select_option(label="tweede")
    widget.get_by_label("Dag van de week", exact=True).select_option(label="dinsdag")
    widget.get_by_label("Tot en met een datum").check()
    page.fill("#id_schedule_until", last.isoformat())
    page.keyboard.press("Tab")
    assert widget.locator("[data-schedule-part='weekly']").is_hidden()  # only what applies

    sentence = widget.locator("[data-schedule-sentence]")
    until = f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    expected = f"Elke tweede dinsdag van de maand, 10:00–12:00, tot en met {until}"  # noqa: RUF001
    sentence.filter(has_text=expected).wait_for()
    labels = widget.locator("label[data-schedule-date]")
    assert labels.evaluate_all("ls => ls.map(l => l.dataset.scheduleDate)") == [
        d.isoformat() for d in dates
    ]
    axe_on_widget(page)

    widget.locator(f"label[data-schedule-date='{cancelled.isoformat()}']").click()
    assert widget.locator(f"#schedule-cancel-{cancelled.isoformat()}").is_checked()
    assert "vervalt" in widget.locator(f"label[data-schedule-date='{cancelled}']").inner_text()

    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url("**/admin/pages/**")
    found = json.loads(e2e_server.manage("shell", "-c", FIND).strip().splitlines()[-1])
    assert found["live"]

    going_ahead = [d for d in dates if d != cancelled]
    page.goto(e2e_server.url(found["url"]))
    shown = page.locator(".occurrence-list li time:first-child").evaluate_all(
        "ts => ts.map(t => t.getAttribute('datetime').slice(0, 10))"
    )
    assert shown == [d.isoformat() for d in going_ahead]
    assert f"{cancelled.day} {MONTHS[cancelled.month - 1]}" in page.locator(".muted").inner_text()
    assert_accessible(page)

    href = page.get_by_role("link", name="Zet in mijn agenda").get_attribute("href")
    body = page.evaluate("url => fetch(url).then(r => r.text())", href)
    calendar = icalendar.Calendar.from_ical(body)
    window = (datetime.date.today(), last + datetime.timedelta(days=1))
    in_ics = [e["DTSTART"].dt.date() for e in recurring_ical_events.of(calendar).between(*window)]
    assert in_ics == going_ahead


MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
