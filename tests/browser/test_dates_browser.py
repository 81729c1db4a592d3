"""An editor types a Dutch date and time in a real browser; nothing typed is replaced."""

import pytest

from tests.browser.conftest import admin_login

pytestmark = pytest.mark.browser

FIND_ACTIVITY = (
    "from aanbod.models import ActivityPage;"
    # a one-off activity: any date fits it (a weekly one must start on a day of its rule)
    "print('ACTIVITY=%s' % ActivityPage.objects.live().filter(recurrence='')"
    ".order_by('pk').first().pk)"
)
READ_START = (
    "from aanbod.models import ActivityPage; from django.utils import timezone;"
    "p = ActivityPage.objects.get(pk={pk});"
    "print('START=%s END=%s' % (timezone.localtime(p.start).isoformat(),"
    " timezone.localtime(p.end).isoformat()))"
)


def test_typed_dutch_dates_stay_and_are_saved(e2e_server, page, artifacts_dir):
    output = e2e_server.manage("shell", "-c", FIND_ACTIVITY)
    pk = output.split("ACTIVITY=")[1].split()[0]
    admin_login(page, e2e_server)
    page.goto(e2e_server.url(f"/admin/pages/{pk}/edit/"))

    # A date the picker could not read used to become today's date when the box lost focus.
    page.locator("#id_start_0").fill("8-12-2026")
    page.locator("#id_start_1").fill("10.30")
    page.locator("#id_start_1").press("Tab")
    page.locator("#id_end_0").fill("8 dec 2026")
    page.locator("#id_end_1").fill("12.00")
    page.locator("#id_end_1").press("Tab")
    assert page.locator("#id_start_0").input_value() == "8-12-2026"
    assert page.locator("#id_start_1").input_value() == "10.30"
    assert page.locator("#id_end_0").input_value() == "8 dec 2026"
    assert page.get_by_label("Eerste keer: begin, tijd").input_value() == "10.30"
    assert page.locator("#id_start_1-tijden option").count() == 288
    _assert_fields_accessible(page)

    # An unreadable date comes back as typed, with what to type.
    page.locator("#id_end_0").fill("31-11-2027")
    _publish(page)
    page.get_by_text("Die datum bestaat niet: november 2027 heeft 30 dagen.").wait_for()
    assert page.locator("#id_end_0").input_value() == "31-11-2027"
    (artifacts_dir / "screenshots").mkdir(parents=True, exist_ok=True)
    page.locator("#id_end_0").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts_dir / "screenshots" / "dates_error.png"))
    assert page.locator("#id_start_0").input_value() == "8-12-2026"
    assert page.locator("#id_start_1").input_value() == "10.30"
    _assert_fields_accessible(page)

    page.locator("#id_end_0").fill("8 dec 2026")
    _publish(page)
    page.wait_for_url("**/admin/pages/*/")
    saved = e2e_server.manage("shell", "-c", READ_START.format(pk=pk))
    assert "START=2026-12-08T10:30:00+01:00" in saved
    assert "END=2026-12-08T12:00:00+01:00" in saved


def _publish(page) -> None:
    """Press the footer's Publish action (an item of the action menu's dropdown)."""
    with page.expect_navigation():
        page.locator("button[name='action-publish']").dispatch_event("click")


def _assert_fields_accessible(page) -> None:
    """axe-core on the date and time boxes and their hints: no serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        context={"include": [[".wp-datetime"]]},
        options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    )
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not violations, violations
