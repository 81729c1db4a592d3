"""The public rule pinned from the outside: what a resident may and may not see.

Each test goes through the public functions every listing, feed, API and search reads
(aanbod.visibility's visible_* / upcoming_activities / public_pages and wijken.rollout), never
through how they are built, so they hold for any implementation of the rule. The mutation run
(``benchmarks/mutation.py --target rollout|visibility``) checks that they catch small bugs.
"""

import datetime

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from aanbod.models import ItemStatus
from aanbod.visibility import (
    public_pages,
    upcoming_activities,
    visible_activities,
    visible_offers,
    visible_organisations,
    visible_requests,
    visible_services,
)
from tests import factories as f
from wijken import rollout
from wijken.models import GemeentePage, WijkPage
from wijken.rollout import RolloutPhase

D = datetime.date
DAY = datetime.timedelta(days=1)
TZ = timezone.get_current_timezone()


def today() -> datetime.date:
    """The portal's date today."""
    return timezone.localdate()


def pks(queryset) -> set[int]:
    """The ids in a queryset."""
    return set(queryset.values_list("pk", flat=True))


def make_private(page: Page) -> None:
    """Put the page behind a password (a view restriction): not public any more."""
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="geheim")


def change(page, **fields) -> None:
    """Change a page's fields and save it, as the admin and the portal's own code do.

    A save is what keeps the stored visibility true (its signals); a raw ``QuerySet.update()``
    would bypass them (see docs/architecture.md, "Stored visibility").
    """
    page = type(page.specific).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()


def set_phase(page, phase="preparation", pilot=None, live=None) -> None:
    """Give a gemeente or wijk a phase and phase dates."""
    change(page, rollout_phase=phase, pilot_date=pilot, live_date=live)


def shown(tree, on=None) -> set[int]:
    """Everything the public site shows in the test region."""
    return pks(public_pages(Page.objects.descendant_of(tree.home, inclusive=True), on=on))


def one_off(tree, end: datetime.datetime, title="Eenmalige markt"):
    """A one-off activity (no recurrence) in the visible wijk that ends at ``end``."""
    activity = f.ActivityPageFactory(
        parent=tree.organisation,
        title=title,
        start=end - datetime.timedelta(hours=2),
        end=end,
        recurrence="",
    )
    activity.wijken.set([tree.wijk])
    activity.save()
    return activity


def series(tree, series_end: datetime.date | None, title="Wekelijkse koffie"):
    """A weekly activity in the visible wijk whose last date is ``series_end`` (None: no end)."""
    activity = f.ActivityPageFactory(parent=tree.organisation, title=title, series_end=series_end)
    activity.wijken.set([tree.wijk])
    activity.save()
    return activity


# Phases and their dates


@pytest.mark.parametrize(
    ("phase", "pilot", "live", "on", "expected"),
    [
        ("pilot", D(2026, 1, 1), None, D(2026, 6, 1), "pilot"),
        ("live", D(2026, 1, 1), D(2026, 2, 1), D(2026, 6, 1), "live"),
        ("preparation", None, D(2026, 3, 1), D(2026, 3, 1), "live"),
        ("preparation", None, D(2026, 3, 1), D(2026, 2, 28), "preparation"),
        ("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 8, 31), "pilot"),
    ],
)
def test_the_furthest_phase_reached_counts(phase, pilot, live, on, expected):
    assert rollout.effective_phase(phase, pilot, live, on) == expected


def test_a_phase_date_today_counts_today():
    assert rollout.effective_phase("preparation", today(), None) == RolloutPhase.PILOT
    assert rollout.effective_phase("preparation", None, today()) == RolloutPhase.LIVE
    assert rollout.effective_phase("preparation", None, today() + DAY) == "preparation"


@pytest.mark.parametrize(
    ("phase", "pilot", "live", "on", "expected"),
    [
        ("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 2, 1), ("pilot", D(2026, 3, 1))),
        ("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 3, 1), ("live", D(2026, 9, 1))),
        ("preparation", None, D(2026, 9, 1), D(2026, 2, 1), ("live", D(2026, 9, 1))),
        ("preparation", D(2026, 3, 1), None, D(2026, 2, 1), ("pilot", D(2026, 3, 1))),
        ("pilot", D(2026, 3, 1), D(2026, 9, 1), D(2026, 2, 1), ("live", D(2026, 9, 1))),
        ("live", D(2026, 3, 1), None, D(2026, 2, 1), None),
        ("preparation", D(2026, 3, 1), D(2026, 9, 1), D(2026, 9, 1), None),
        ("preparation", None, None, D(2026, 2, 1), None),
    ],
)
def test_the_next_phase_change(phase, pilot, live, on, expected):
    """What the dashboard announces next: a later phase on a date still to come, or nothing."""
    assert rollout.next_phase_change(phase, pilot, live, on) == expected


def test_the_next_phase_change_counts_from_today():
    change = rollout.next_phase_change("preparation", today() + DAY, None)
    assert change == (RolloutPhase.PILOT, today() + DAY)
    assert rollout.next_phase_change("preparation", today(), None) is None


@pytest.mark.parametrize(
    ("pilot", "live", "expected"),
    [
        (D(2026, 3, 1), D(2026, 2, 1), True),
        (D(2026, 3, 1), D(2026, 3, 1), False),
        (D(2026, 3, 1), D(2026, 4, 1), False),
        (None, D(2026, 2, 1), False),
        (D(2026, 3, 1), None, False),
        (None, None, False),
    ],
)
def test_going_live_before_the_pilot_is_refused(pilot, live, expected):
    assert rollout.live_before_pilot(pilot, live) is expected


@pytest.mark.parametrize(
    ("phase", "pilot", "live", "on"),
    [
        ("preparation", None, D(2026, 3, 1), D(2026, 3, 1)),
        ("preparation", None, D(2026, 3, 1), D(2026, 2, 28)),
        ("preparation", D(2026, 3, 1), None, D(2026, 2, 28)),
        ("pilot", None, None, D(2026, 3, 1)),
        ("live", None, None, D(2026, 3, 1)),
        ("preparation", D(2026, 1, 1), D(2026, 3, 1), D(2026, 3, 1)),
    ],
)
def test_the_database_filter_and_python_agree_on_every_phase(tree, phase, pilot, live, on):
    """The live date counts in the database filter exactly as in Python, to the day."""
    set_phase(tree.wijk, phase, pilot, live)
    expected = rollout.effective_phase(phase, pilot, live, on)
    wijk = WijkPage.objects.filter(pk=tree.wijk.pk)
    found = [p for p in RolloutPhase if wijk.filter(rollout.phase_q(p, on)).exists()]
    assert found == [expected]
    assert (tree.wijk.pk in pks(rollout.visible_wijken(on))) is (expected != "preparation")


def test_phase_dates_count_from_today_in_the_database(tree):
    set_phase(tree.wijk_prep, "preparation", None, today())
    set_phase(tree.gemeente_prep, "preparation", today(), None)
    assert tree.wijk_prep.pk in pks(rollout.visible_wijken())
    assert tree.gemeente_prep.pk in pks(rollout.visible_gemeenten())
    wijk = WijkPage.objects.filter(pk=tree.wijk_prep.pk)
    assert wijk.filter(rollout.phase_q("live")).exists()
    set_phase(tree.wijk_prep, "preparation", None, today() + DAY)
    assert tree.wijk_prep.pk not in pks(rollout.visible_wijken())
    assert not wijk.filter(rollout.phase_q("live")).exists()


# Areas: draft, private, hidden by their gemeente


def test_draft_and_private_gemeenten_and_wijken_are_not_shown(tree):
    second = f.WijkPageFactory(parent=tree.gemeente, title="Maanwijk", slug="maanwijk")
    assert {tree.wijk.pk, second.pk} <= pks(rollout.visible_wijken())
    tree.wijk.unpublish()
    make_private(second)
    assert not {tree.wijk.pk, second.pk} & pks(rollout.visible_wijken())
    other = f.GemeentePageFactory(parent=tree.home, title="Sterdorp", slug="sterdorp")
    assert other.pk in pks(rollout.visible_gemeenten())
    other.unpublish()
    make_private(tree.gemeente)
    assert not {other.pk, tree.gemeente.pk} & pks(rollout.visible_gemeenten())


def test_a_wijk_shows_only_while_its_own_gemeente_shows(tree):
    """A live wijk under a gemeente in preparation stays hidden; one under a live gemeente shows."""
    visible = pks(rollout.visible_wijken())
    assert tree.wijk.pk in visible
    assert tree.wijk_in_prep_gemeente.pk not in visible
    set_phase(tree.gemeente_prep, "pilot")
    assert tree.wijk_in_prep_gemeente.pk in pks(rollout.visible_wijken())
    set_phase(tree.gemeente, "preparation")
    assert tree.wijk.pk not in pks(rollout.visible_wijken())


def test_a_hidden_wijk_in_a_visible_gemeente_hides_what_lies_below_it(tree):
    below = f.StandardPageFactory(parent=tree.wijk_prep, title="Over Nieuwwijk")
    beside = f.StandardPageFactory(parent=tree.wijk, title="Over Zonnewijk")
    paths = rollout.hidden_area_paths()
    assert any(below.path.startswith(p) for p in paths)
    assert not any(beside.path.startswith(p) for p in paths)
    everything = Page.objects.descendant_of(tree.home)
    kept = pks(rollout.exclude_hidden_areas(everything))
    assert beside.pk in kept and tree.wijk.pk in kept
    assert not {below.pk, tree.wijk_prep.pk, tree.ontwikkeling_prep.pk} & kept


def test_hidden_areas_follow_the_date_asked(tree):
    set_phase(tree.wijk_prep, "preparation", D(2026, 6, 1), None)
    below = f.StandardPageFactory(parent=tree.wijk_prep, title="Over Nieuwwijk")
    everything = Page.objects.descendant_of(tree.home)
    assert below.pk not in pks(rollout.exclude_hidden_areas(everything, on=D(2026, 5, 31)))
    assert below.pk in pks(rollout.exclude_hidden_areas(everything, on=D(2026, 6, 1)))


def test_content_follows_its_wijken_on_the_date_asked(tree):
    """Tied to visible wijken or to none: shown; tied only to hidden wijken: not."""
    set_phase(tree.wijk_prep, "preparation", D(2026, 6, 1), None)
    assert tree.activity_hidden.pk not in pks(visible_activities(on=D(2026, 5, 31)))
    assert tree.activity_hidden.pk in pks(visible_activities(on=D(2026, 6, 1)))
    assert tree.activity_regionwide.pk in pks(visible_activities(on=D(2026, 5, 31)))


# Organisations, services, activities


@pytest.mark.parametrize("hide", ["unpublish", "private"])
def test_draft_or_private_partner_content_is_not_shown(tree, hide):
    pages = {
        visible_organisations: tree.organisation,
        visible_services: tree.service,
        visible_activities: tree.activity,
    }
    for visible, page in pages.items():
        assert page.pk in pks(visible())
    for page in pages.values():
        if hide == "unpublish":
            page.specific.unpublish()
        else:
            make_private(page)
    for visible, page in pages.items():
        assert page.pk not in pks(visible()), page.title
        assert page.pk not in shown(tree), page.title


def test_services_and_organisations_of_hidden_wijken_only_are_not_shown(tree):
    organisation = f.OrganisationPageFactory(parent=tree.organisations, title="Alleen Nieuwwijk")
    organisation.wijken.set([tree.wijk_prep])
    organisation.save()
    service = f.ServicePageFactory(parent=tree.organisation, title="Dienst in Nieuwwijk")
    service.wijken.set([tree.wijk_prep])
    service.save()
    regionwide = f.ServicePageFactory(parent=tree.organisation, title="Dienst in de hele regio")
    assert organisation.pk not in pks(visible_organisations())
    assert service.pk not in pks(visible_services())
    assert regionwide.pk in pks(visible_services())
    assert not {organisation.pk, service.pk} & shown(tree)
    assert regionwide.pk in shown(tree)


# The agenda


def test_a_past_one_off_activity_is_not_upcoming(tree):
    past = one_off(tree, timezone.now() - datetime.timedelta(hours=1), "Voorbije markt")
    future = one_off(tree, timezone.now() + datetime.timedelta(days=3), "Komende markt")
    upcoming = pks(upcoming_activities())
    assert future.pk in upcoming
    assert past.pk not in upcoming


def test_one_off_activities_on_a_date_asked(tree):
    """On a date, a one-off is upcoming until it has ended, counted from that day's start."""
    ends = datetime.datetime(2026, 5, 10, 12, 0, tzinfo=TZ)
    activity = one_off(tree, ends)
    assert activity.pk in pks(upcoming_activities(on=D(2026, 5, 10)))
    assert activity.pk in pks(upcoming_activities(on=D(2026, 5, 9)))
    assert activity.pk not in pks(upcoming_activities(on=D(2026, 5, 11)))
    midnight = one_off(tree, datetime.datetime(2026, 5, 20, 0, 0, tzinfo=TZ), "Nachtmarkt")
    assert midnight.pk in pks(upcoming_activities(on=D(2026, 5, 20)))


def test_recurring_activities_run_until_their_last_date(tree):
    open_ended = series(tree, None, "Koffie zonder einde")
    ends_today = series(tree, today(), "Koffie tot vandaag")
    ended = series(tree, today() - DAY, "Koffie tot gisteren")
    upcoming = pks(upcoming_activities())
    assert {open_ended.pk, ends_today.pk} <= upcoming
    assert ended.pk not in upcoming
    on = D(2026, 4, 1)
    dated = series(tree, on, "Koffie tot 1 april")
    assert dated.pk in pks(upcoming_activities(on=on))
    assert dated.pk not in pks(upcoming_activities(on=on + DAY))


def test_upcoming_activities_keep_the_rollout_rule(tree):
    hidden = tree.activity_hidden.specific
    hidden.series_end = None
    hidden.save()
    upcoming = pks(upcoming_activities())
    assert tree.activity.pk in upcoming
    assert hidden.pk not in upcoming
    tree.activity.unpublish()
    assert tree.activity.pk not in pks(upcoming_activities())


# Vraag en aanbod


def test_a_request_is_visible_through_its_last_day(tree):
    request = tree.request.specific
    request.expires_at = today()
    request.save()
    assert request.pk in pks(visible_requests())
    request.expires_at = today() - DAY
    request.save()
    assert request.pk not in pks(visible_requests())
    assert request.pk not in shown(tree)


def test_expiry_counts_from_the_date_asked(tree):
    request = tree.request.specific
    request.expires_at = D(2026, 4, 1)
    request.save()
    assert request.pk in pks(visible_requests(on=D(2026, 4, 1)))
    assert request.pk not in pks(visible_requests(on=D(2026, 4, 2)))


def test_items_without_an_expiry_date_are_shown(tree):
    for page in (tree.request, tree.offer):
        change(page, expires_at=None)
    assert tree.request.pk in pks(visible_requests())
    assert tree.offer.pk in pks(visible_offers())
    assert {tree.request.pk, tree.offer.pk} <= shown(tree)


@pytest.mark.parametrize("hide", ["unpublish", "private", "closed", "reported"])
def test_requests_and_offers_that_are_not_open_are_not_shown(tree, hide):
    for page in (tree.request, tree.offer):
        item = page.specific
        if hide == "unpublish":
            item.unpublish()
        elif hide == "private":
            make_private(item)
        elif hide == "closed":
            change(item, status=ItemStatus.CLOSED)
        else:
            change(item, hidden_after_reports=True)
    assert tree.request.pk not in pks(visible_requests())
    assert tree.offer.pk not in pks(visible_offers())
    assert not {tree.request.pk, tree.offer.pk} & shown(tree)


def test_open_offers_are_shown_and_requests_are_not_offers(tree):
    assert pks(visible_offers()) >= {tree.offer.pk}
    assert tree.request.pk not in pks(visible_offers())
    assert tree.offer.pk not in pks(visible_requests())


def test_requests_in_a_hidden_wijk_or_gemeente_are_not_shown(tree):
    in_hidden_wijk = f.RequestPageFactory(
        parent=tree.marketplace, wijk=tree.wijk_prep, category=tree.category
    )
    visible = pks(visible_requests())
    assert tree.request.pk in visible
    assert not {in_hidden_wijk.pk, tree.request_prep.pk} & visible


# Any page


@pytest.mark.parametrize("hide", ["unpublish", "private"])
def test_public_pages_leave_out_draft_and_private_pages_of_any_type(tree, hide):
    page = f.StandardPageFactory(parent=tree.wijk, title="Over de wijk")
    assert {page.pk, tree.ontwikkeling.pk} <= shown(tree)
    for hidden in (page, tree.ontwikkeling):
        if hide == "unpublish":
            hidden.specific.unpublish()
        else:
            make_private(hidden)
    assert not {page.pk, tree.ontwikkeling.pk} & shown(tree)


def test_public_pages_apply_each_types_own_rule(tree):
    """Expired requests and offers, past content of hidden wijken: gone from any mixed list."""
    for page in (tree.request, tree.offer):
        change(page, expires_at=D(2020, 1, 1))
    organisation = f.OrganisationPageFactory(parent=tree.organisations, title="Alleen Nieuwwijk")
    organisation.wijken.set([tree.wijk_prep])
    organisation.save()
    everything = shown(tree)
    for hidden in (tree.request, tree.offer, organisation, tree.activity_hidden):
        assert hidden.pk not in everything, hidden.title
    for visible in (tree.organisation, tree.service, tree.activity, tree.gemeente, tree.home):
        assert visible.pk in everything, visible.title


def test_public_pages_on_a_date_asked(tree):
    request = tree.request.specific
    request.expires_at = D(2026, 4, 1)
    request.save()
    assert request.pk in shown(tree, on=D(2026, 4, 1))
    assert request.pk not in shown(tree, on=D(2026, 4, 2))


def test_gemeenten_in_preparation_are_not_listed(tree):
    assert set(GemeentePage.objects.filter(pk__in=pks(rollout.visible_gemeenten()))) >= {
        tree.gemeente.specific
    }
    assert tree.gemeente_prep.pk not in pks(rollout.visible_gemeenten())
