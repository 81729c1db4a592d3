"""The rollout rule: preparation hides, pilot and live show, dates move phases on."""

import datetime

import pytest

from aanbod.visibility import (
    public_pages,
    visible_activities,
    visible_organisations,
    visible_requests,
)
from wijken import rollout
from wijken.models import WijkPage
from wijken.rollout import RolloutPhase

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.mark.parametrize(
    ("phase", "pilot", "live", "on", "expected"),
    [
        ("preparation", None, None, D(2026, 1, 1), "preparation"),
        ("preparation", D(2026, 3, 1), None, D(2026, 2, 28), "preparation"),
        ("preparation", D(2026, 3, 1), None, D(2026, 3, 1), "pilot"),
        ("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 9, 1), "live"),
        ("pilot", None, D(2027, 1, 1), D(2026, 12, 31), "pilot"),
        ("live", D(2027, 1, 1), None, D(2026, 1, 1), "live"),
    ],
)
def test_effective_phase_follows_the_dates(phase, pilot, live, on, expected):
    assert rollout.effective_phase(phase, pilot, live, on) == expected


@pytest.mark.parametrize(
    ("phase", "pilot", "live", "on"),
    [
        ("preparation", None, None, D(2026, 1, 1)),
        ("preparation", D(2026, 3, 1), None, D(2026, 2, 28)),
        ("preparation", D(2026, 3, 1), None, D(2026, 3, 1)),
        ("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 9, 1)),
        ("pilot", None, D(2027, 1, 1), D(2026, 12, 31)),
        ("pilot", None, D(2027, 1, 1), D(2027, 1, 1)),
        ("live", D(2027, 1, 1), None, D(2026, 1, 1)),
    ],
)
def test_the_phase_filter_agrees_with_the_effective_phase(tree, phase, pilot, live, on):
    WijkPage.objects.filter(pk=tree.wijk.pk).update(
        rollout_phase=phase, pilot_date=pilot, live_date=live
    )
    expected = rollout.effective_phase(phase, pilot, live, on)
    wijk = WijkPage.objects.filter(pk=tree.wijk.pk)
    found = [p for p in RolloutPhase if wijk.filter(rollout.phase_q(p, on)).exists()]
    assert found == [expected]


def test_next_phase_change_is_the_first_date_ahead():
    change = rollout.next_phase_change("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 5, 1))
    assert change == (RolloutPhase.LIVE, D(2026, 9, 1))
    assert rollout.next_phase_change("live", None, None, D(2026, 5, 1)) is None


def test_preparation_hides_wijken_and_a_preparation_gemeente_hides_its_live_wijken(tree):
    visible = set(rollout.visible_wijken().values_list("pk", flat=True))
    assert tree.wijk.pk in visible
    assert tree.wijk_prep.pk not in visible
    assert tree.wijk_in_prep_gemeente.pk not in visible
    gemeenten = set(rollout.visible_gemeenten().values_list("pk", flat=True))
    assert tree.gemeente.pk in gemeenten
    assert tree.gemeente_prep.pk not in gemeenten


def test_a_passing_pilot_date_makes_a_wijk_visible(tree):
    tree.wijk_prep.pilot_date = D(2026, 12, 1)
    tree.wijk_prep.save()
    before = rollout.visible_wijken(on=D(2026, 11, 30)).filter(pk=tree.wijk_prep.pk)
    after = rollout.visible_wijken(on=D(2026, 12, 1)).filter(pk=tree.wijk_prep.pk)
    assert not before.exists()
    assert after.exists()


def test_content_tied_only_to_hidden_wijken_never_shows(tree):
    activities = set(visible_activities().values_list("pk", flat=True))
    assert tree.activity.pk in activities  # tied to a visible and a hidden wijk
    assert tree.activity_regionwide.pk in activities  # tied to no wijk: region-wide
    assert tree.activity_hidden.pk not in activities  # tied only to hidden wijken
    assert tree.organisation.pk in set(visible_organisations().values_list("pk", flat=True))


def test_requests_in_hidden_areas_or_expired_do_not_show(tree):
    requests = set(visible_requests().values_list("pk", flat=True))
    assert tree.request.pk in requests
    assert tree.request_prep.pk not in requests
    tree.request.expires_at = D(2020, 1, 1)
    tree.request.save()
    assert not visible_requests().filter(pk=tree.request.pk).exists()


def test_public_pages_drops_every_hidden_page_of_any_type(tree):
    from wagtail.models import Page

    shown = set(public_pages(Page.objects.descendant_of(tree.home)).values_list("pk", flat=True))
    for hidden in [
        tree.wijk_prep,
        tree.gemeente_prep,
        tree.wijk_in_prep_gemeente,
        tree.ontwikkeling_prep,
        tree.request_prep,
        tree.activity_hidden,
    ]:
        assert hidden.pk not in shown, hidden.title
    for visible in [
        tree.gemeente,
        tree.wijk,
        tree.ontwikkeling,
        tree.request,
        tree.activity,
        tree.service,
        tree.organisation,
    ]:
        assert visible.pk in shown, visible.title


def test_pilot_badge_shows_on_a_pilot_wijk(tree_client, tree):
    tree.wijk.rollout_phase = "pilot"
    tree.wijk.save()
    html = tree_client.get(tree.wijk.url).content.decode()
    assert 'class="badge badge-pilot"' in html


def test_api_v2_leaves_hidden_content_out(client, tree):
    response = client.get(
        "/api/v2/pages/",
        {"limit": 100, "descendant_of": tree.home.pk},
        HTTP_HOST="testregio.localhost",
    )
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert tree.wijk.pk in ids and tree.activity.pk in ids
    for hidden in [
        tree.wijk_prep,
        tree.gemeente_prep,
        tree.ontwikkeling_prep,
        tree.request_prep,
        tree.activity_hidden,
    ]:
        assert hidden.pk not in ids
    detail = client.get(
        f"/api/v2/pages/{tree.activity_hidden.pk}/", HTTP_HOST="testregio.localhost"
    )
    assert detail.status_code == 404


def test_api_v2_shows_wijken_and_categories_by_id_and_name(client, tree):
    response = client.get(f"/api/v2/pages/{tree.service.pk}/", HTTP_HOST="testregio.localhost")
    body = response.json()
    assert body["wijken"] == [{"id": tree.wijk.pk, "title": "Zonnewijk", "slug": "zonnewijk"}]
    assert body["categories"][0]["name"] == "Boodschappen (test)"
