"""In Chromium, as an organisation editor of one demo region: another region's wijk is refused.

The activity form lists only the own region's wijken; a crafted POST that ticks the other
region's wijk anyway (a checkbox added to the form) is refused with a Dutch message that says
what to do, and the activity keeps its wijken.
"""

import json

import pytest

pytestmark = pytest.mark.browser
EDITOR = "regio.redacteur@example.org"  # the username is the e-mail address too
PASSWORD = "Regio-browser-2027!"

SETUP = """
import json
from django.contrib.auth import get_user_model
from aanbod.editorial.onboarding import ensure_organisation_access
from aanbod.models import ActivityPage
from home.models import HomePage
from wijken.models import WijkPage

own = HomePage.objects.get(slug="westelijke-mijnstreek")
other = HomePage.objects.get(slug="midden-limburg-west")
activity = ActivityPage.objects.descendant_of(own).filter(wijken__isnull=False).first()
organisation = activity.get_parent().specific
user, _ = get_user_model().objects.get_or_create(username="{editor}", email="{editor}")
user.set_password("{password}")
user.save()
user.groups.add(ensure_organisation_access(organisation))
wijk = WijkPage.objects.descendant_of(other).order_by("title").first()
print(json.dumps({{
    "activity": activity.pk,
    "wijken": sorted(activity.wijken.values_list("pk", flat=True)),
    "own_wijken": sorted(WijkPage.objects.descendant_of(own).values_list("pk", flat=True)),
    "other_wijk": wijk.pk,
    "other_title": wijk.title,
}}))
"""


@pytest.fixture(scope="module")
def editor(e2e_server) -> dict:
    """An editor of a Westelijke Mijnstreek organisation, its activity, the other region's wijk."""
    out = e2e_server.manage("shell", "-c", SETUP.format(editor=EDITOR, password=PASSWORD))
    return json.loads(out.strip().splitlines()[-1])


def wijken_now(e2e_server, activity: int) -> list[int]:
    """The activity's wijken in the database."""
    code = (
        "from aanbod.models import ActivityPage;"
        f"p = ActivityPage.objects.get(pk={activity}).get_latest_revision_as_object();"
        "print(sorted(w.pk for w in p.wijken.all()))"
    )
    return json.loads(e2e_server.manage("shell", "-c", code).strip().splitlines()[-1])


def test_another_regions_wijk_is_not_offered_and_refused(page, e2e_server, editor):
    """The other region's wijk is not in the list; ticked anyway, it is refused and not saved."""
    page.goto(e2e_server.url("/admin/login/"))
    page.fill("#id_username", EDITOR)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(e2e_server.url(f"/admin/pages/{editor['activity']}/edit/"))
    checkboxes = page.locator("#page-edit-form input[name=wijken]")
    offered = {int(value) for value in checkboxes.evaluate_all("els => els.map(e => e.value)")}
    assert offered and offered <= set(editor["own_wijken"])
    assert editor["other_wijk"] not in offered
    assert page.get_by_label(editor["other_title"], exact=True).count() == 0

    # A crafted POST: the other region's wijk ticked through a checkbox added to the form.
    page.locator("#page-edit-form").evaluate(
        """(form, wijk) => {
            const box = document.createElement("input");
            box.type = "checkbox"; box.name = "wijken"; box.value = wijk; box.checked = true;
            box.hidden = true;
            form.appendChild(box);
            form.requestSubmit();
        }""",
        str(editor["other_wijk"]),
    )
    page.wait_for_load_state("load")
    error = page.get_by_text("hoort niet bij regio Westelijke Mijnstreek")
    error.wait_for()
    assert f"“{editor['other_title']}”" in error.inner_text()
    assert "kies een wijk uit je eigen regio" in error.inner_text()
    assert wijken_now(e2e_server, editor["activity"]) == editor["wijken"]
    assert_field_accessible(page, "wijken")


def assert_field_accessible(page, name: str) -> None:
    """axe-core on one field of the admin form, its label and its error (WCAG 2.1 AA).

    Scoped, because Wagtail's own rich-text editor elsewhere on the form has an axe finding
    (aria-input-field-name on Draftail's placeholder) that is not this field's.
    """
    from axe_playwright_python.sync_playwright import Axe

    context = f".w-field__wrapper:has([data-contentpath='{name}'])"
    assert page.locator(context).count() == 1
    options = {"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in Axe().run(page, context=context, options=options).response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not violations, f"axe-core found serious/critical violations: {violations}"
