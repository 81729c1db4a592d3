"""Stored visibility: the rows agree with the rule evaluated from scratch, after any change."""

import datetime
import random
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest
import time_machine

from aanbod.models import ActivityPage, RequestPage
from aanbod.visibility import public_pages, visible_activities, visible_requests
from tests import factories as f
from wijken import visibility_store
from wijken.models import GemeentePage, PageVisibility, VisibilityDay, WijkPage
from wijken.rollout import visible_gemeenten, visible_wijken
from wijken.tasks import recompute_visibility

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
START = datetime.datetime(2027, 3, 1, 9, tzinfo=TZ)
PHASES = ["preparation", "pilot", "live"]


def stored_ids() -> set[int]:
    """What the readers see today: the stored rows (recomputed if the day moved on)."""
    return set(visibility_store.stored_visible(Page.objects.all()).values_list("pk", flat=True))


def rule_ids() -> set[int]:
    """The rule evaluated from scratch for today, without the stored rows."""
    with visibility_store.from_scratch():
        today = visibility_store.today()
        return set(public_pages(Page.objects.all(), on=today).values_list("pk", flat=True))


def assert_agrees(step: str = "") -> None:
    stored, rule = stored_ids(), rule_ids()
    assert stored == rule, f"{step}: stored-only {stored - rule}, rule-only {rule - stored}"


# --- the property: random sequences of changes, a frozen clock over several dates ----------


def _random_date(rng: random.Random) -> datetime.date | None:
    if rng.random() < 0.4:
        return None
    return visibility_store.today() + datetime.timedelta(days=rng.randint(-3, 6))


def _change_phase(rng, tree, traveller):
    areas = [*GemeentePage.objects.descendant_of(tree.home), *WijkPage.objects.all()]
    area = rng.choice([a for a in areas if a.path.startswith(tree.home.path)])
    area.rollout_phase = rng.choice(PHASES)
    area.pilot_date, area.live_date = _random_date(rng), _random_date(rng)
    if area.pilot_date and area.live_date and area.live_date < area.pilot_date:
        area.pilot_date, area.live_date = area.live_date, area.pilot_date
    area.save_revision().publish()
    return f"phase {area.title}"


def _unpublish_or_publish(rng, tree, traveller):
    page = rng.choice(list(Page.objects.descendant_of(tree.home)))
    if page.live:
        page.specific.unpublish()
        return f"unpublish {page.title}"
    page.specific.save_revision().publish()
    return f"publish {page.title}"


def _move_activity(rng, tree, traveller):
    organisations = [tree.organisation, f.OrganisationPageFactory(parent=tree.organisations)]
    activity = rng.choice(list(ActivityPage.objects.descendant_of(tree.home)))
    target = rng.choice(organisations)
    if rng.random() < 0.5:
        target.wijken.set([tree.wijk_prep])
        target.save_revision().publish()
    activity.move(target, pos="last-child")
    return f"move {activity.title}"


def _move_wijk(rng, tree, traveller):
    wijk = rng.choice(list(WijkPage.objects.descendant_of(tree.home)))
    target = rng.choice([tree.gemeente, tree.gemeente_prep])
    wijk.move(target, pos="last-child")
    return f"move wijk {wijk.title}"


def _restrict(rng, tree, traveller):
    page = rng.choice(list(Page.objects.descendant_of(tree.home)))
    existing = PageViewRestriction.objects.filter(page=page)
    if existing.exists():
        existing.first().delete()
        return f"unrestrict {page.title}"
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    return f"restrict {page.title}"


def _retie(rng, tree, traveller):
    activity = rng.choice(list(ActivityPage.objects.descendant_of(tree.home)))
    wijken = list(WijkPage.objects.descendant_of(tree.home))
    activity.wijken.set(rng.sample(wijken, rng.randint(0, 2)))
    activity.save_revision().publish()
    return f"retie {activity.title}"


def _expire_item(rng, tree, traveller):
    item = rng.choice(list(RequestPage.objects.descendant_of(tree.home)))
    item.expires_at = visibility_store.today() + datetime.timedelta(days=rng.randint(-1, 3))
    item.save_revision().publish()
    return f"expiry {item.title}"


def _days_pass(rng, tree, traveller):
    days = rng.randint(1, 4)
    traveller.shift(datetime.timedelta(days=days))
    if rng.random() < 0.5:
        recompute_visibility.enqueue()  # the daily task ran; otherwise the first read does it
    return f"{days} days pass"


OPERATIONS = [
    _change_phase,
    _unpublish_or_publish,
    _move_activity,
    _move_wijk,
    _restrict,
    _retie,
    _expire_item,
    _days_pass,
]


@pytest.mark.parametrize("seed", range(4))
def test_stored_visibility_matches_the_rule_after_random_changes(tree, seed):
    """Random sequences of publish, unpublish, moves, phase and date changes, restrictions,
    new ties and expiry: after every step the stored rows equal the rule from scratch."""
    rng = random.Random(seed)
    with time_machine.travel(START, tick=False) as traveller:
        assert_agrees("start")
        for _ in range(12):
            step = rng.choice(OPERATIONS)(rng, tree, traveller)
            assert_agrees(step)


# --- one test per trigger ---------------------------------------------------------------------


def test_publishing_a_phase_change_shows_the_gemeente_and_its_content(tree):
    assert tree.ontwikkeling_prep.pk not in stored_ids()
    gemeente = tree.gemeente_prep
    gemeente.rollout_phase = "pilot"
    gemeente.save_revision().publish()
    assert gemeente.pk in set(visible_gemeenten().values_list("pk", flat=True))
    assert tree.ontwikkeling_prep.pk in stored_ids()
    assert tree.request_prep.pk in set(visible_requests().values_list("pk", flat=True))


def test_unpublishing_hides_and_publishing_shows_again(tree):
    tree.activity.unpublish()
    assert tree.activity.pk not in set(visible_activities().values_list("pk", flat=True))
    tree.activity.save_revision().publish()
    assert tree.activity.pk in set(visible_activities().values_list("pk", flat=True))


def test_moving_a_wijk_into_a_hidden_gemeente_hides_it_and_its_content(tree):
    tree.wijk.move(tree.gemeente_prep, pos="last-child")
    assert tree.wijk.pk not in set(visible_wijken().values_list("pk", flat=True))
    assert tree.service.pk not in stored_ids()  # tied only to that wijk
    assert_agrees()


def test_deleting_the_hidden_wijk_makes_content_tied_only_to_it_region_wide(tree):
    tree.activity_hidden.wijken.set([tree.wijk_prep])
    tree.activity_hidden.save_revision().publish()
    assert tree.activity_hidden.pk not in stored_ids()
    tree.wijk_prep.delete()
    assert tree.activity_hidden.pk in stored_ids()
    assert_agrees()


def test_a_view_restriction_hides_the_subtree_and_removing_it_shows_it(tree):
    restriction = PageViewRestriction.objects.create(
        page=tree.organisation, restriction_type="password", password="geheim"
    )
    assert not {tree.organisation.pk, tree.activity.pk} & stored_ids()
    restriction.delete()
    assert {tree.organisation.pk, tree.activity.pk} <= stored_ids()


def test_copying_a_live_page_stores_the_copy(tree):
    copy = tree.activity.copy(update_attrs={"slug": "kopie", "title": "Kopie"}, keep_live=True)
    assert copy.pk in stored_ids()
    assert_agrees()


def test_an_expired_request_drops_out_without_a_recompute(tree):
    with time_machine.travel(START, tick=False) as traveller:
        request = RequestPage.objects.get(pk=tree.request.pk)
        request.expires_at = START.date()
        request.save_revision().publish()
        assert request.pk in set(visible_requests().values_list("pk", flat=True))
        traveller.shift(datetime.timedelta(days=1))
        cache.set(visibility_store.DAY_CACHE_KEY, visibility_store.today())  # no recompute
        assert request.pk not in set(visible_requests().values_list("pk", flat=True))


def test_the_daily_task_applies_a_pilot_date_that_passed(tree):
    gemeente = tree.gemeente_prep
    gemeente.pilot_date = START.date() + datetime.timedelta(days=1)
    gemeente.save_revision().publish()
    with time_machine.travel(START, tick=False) as traveller:
        recompute_visibility.enqueue()
        assert gemeente.pk not in stored_ids()
        traveller.shift(datetime.timedelta(days=1))
        recompute_visibility.enqueue()
        assert VisibilityDay.objects.get().day == START.date() + datetime.timedelta(days=1)
        assert PageVisibility.objects.filter(page_id=gemeente.pk).exists()


def test_the_command_recomputes_for_today(tree, capsys):
    PageVisibility.objects.all().delete()
    call_command("recompute_visibility")
    assert "visible pages:" in capsys.readouterr().out
    assert tree.activity.pk in stored_ids()


def test_the_first_request_after_midnight_recomputes_when_the_task_did_not_run(tree_client, tree):
    """The pilot date passes at midnight; no task runs; the first page view shows it."""
    gemeente = tree.gemeente_prep
    gemeente.pilot_date = START.date() + datetime.timedelta(days=1)
    gemeente.save_revision().publish()
    url = "/" + gemeente.url_path.removeprefix(tree.home.url_path)
    with time_machine.travel(START, tick=False) as traveller:
        assert tree_client.get(url).status_code == 404
        traveller.shift(datetime.timedelta(hours=15))  # 00:00 the next day
        assert not PageVisibility.objects.filter(page_id=gemeente.pk).exists()
        assert tree_client.get(url).status_code == 200
        assert VisibilityDay.objects.get().day == START.date() + datetime.timedelta(days=1)


# --- query counts on the stored-visibility path ----------------------------------------------


def _many_activities(tree, n: int) -> None:
    with visibility_store.deferred():
        for i in range(n):
            activity = f.ActivityPageFactory(parent=tree.organisation, title=f"Activiteit {n}-{i}")
            activity.wijken.set([tree.wijk])
            activity.save()


@pytest.mark.parametrize("n", [5, 60])
def test_public_querysets_read_the_stored_rows_in_one_query(tree, n, django_assert_num_queries):
    _many_activities(tree, n)
    visibility_store.ensure_current()
    with django_assert_num_queries(1):
        assert len(list(visible_activities())) >= n
    with django_assert_num_queries(1):
        list(public_pages(Page.objects.descendant_of(tree.home)))


def test_listing_pages_on_the_stored_path_do_not_grow_with_content(
    tree_client, tree, django_assert_max_num_queries
):
    """Agenda, wijk page, search, sitemap and the portal API: as many queries for 60 more
    activities as for 5 (the stored rows are one semi-join, whatever the number of pages)."""
    urls = [
        "/",
        tree.gemeente.url + "agenda/",
        tree.wijk.url,
        "/zoeken/?q=activiteit",
        "/sitemap.xml",
        "/api/v1/activities",
    ]
    _many_activities(tree, 5)
    small = {}
    for url in urls:
        tree_client.get(url)  # warm the caches of the first request
        with CaptureQueriesContext(connection) as queries:
            assert tree_client.get(url).status_code == 200, url
        small[url] = len(queries)
    _many_activities(tree, 60)
    for url in urls:
        tree_client.get(url)  # the new pages emptied the search scope cache: warm it again
        with django_assert_max_num_queries(small[url]):
            assert tree_client.get(url).status_code == 200, url
    assert tree_client.get("/sitemap.xml").content.decode().count("<url>") > 60
