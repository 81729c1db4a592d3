"""The permission matrix: every role x page type x action, own vs other, through the admin's URLs.

Roles are real users in the groups onboarding makes. Each action is tried the way an editor
does it: the explorer, "add child page", the editor, bulk publish, delete and move (the last
three really POST, inside a savepoint that is rolled back). The expected outcome comes from
the policy in ``expected()``: rights follow the tree, an organisation's or gemeente's own
page (where its group's rights are rooted) is deleted or moved only by the region, and moving
between organisations or gemeenten is a regional administrator's job.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from wagtail.models import GroupPagePermission, Page

import pytest

from aanbod.models import MarketplacePage, OrganisationIndexPage
from home.models import HomePage
from tests import factories as f
from tests.roles import gemeente_users, organisation_editor, region_admin
from wijken.models import GemeentePage, WijkPage

pytestmark = pytest.mark.django_db
ACTIONS = ["explore", "add", "edit", "publish", "delete", "move"]


@dataclass
class Matrix:
    """Pages by label, users by role, and each role's own labels."""

    pages: dict[str, Page]
    users: dict[str, object]
    scopes: dict[str, set[str]]
    moves: dict[str, str]


@pytest.fixture
def matrix(tree) -> Matrix:
    """Two organisations and two gemeenten in the test region, one page of every type each."""
    org_b = f.OrganisationPageFactory(parent=tree.organisations, title="Stichting B")
    market2 = MarketplacePage.objects.child_of(tree.gemeente_prep).get()
    pages = {
        "home": tree.home,
        "standard": f.StandardPageFactory(parent=tree.home, slug="over"),
        "orgindex": tree.organisations,
        "orgA": tree.organisation,
        "servA": tree.service,
        "actA": tree.activity,
        "orgB": org_b,
        "servB": f.ServicePageFactory(parent=org_b, title="Dienst B"),
        "actB": f.ActivityPageFactory(parent=org_b, title="Activiteit B"),
        "gem1": tree.gemeente,
        "wijk1": tree.wijk,
        "index1": tree.ontwikkeling_index,
        "ontw1": tree.ontwikkeling,
        "market1": tree.marketplace,
        "req1": tree.request,
        "off1": tree.offer,
        "gem2": tree.gemeente_prep,
        "wijk2": tree.wijk_in_prep_gemeente,
        "index2": tree.ontwikkeling_prep.get_parent(),
        "ontw2": tree.ontwikkeling_prep,
        "market2": market2,
        "req2": tree.request_prep,
        "off2": f.OfferPageFactory(
            parent=market2, wijk=tree.wijk_in_prep_gemeente, category=tree.category
        ),
    }
    other_region = HomePage.objects.get(slug="westelijke-mijnstreek")
    pages["x_home"] = other_region
    pages["x_gem"] = GemeentePage.objects.child_of(other_region).first()
    pages["x_org"] = OrganisationIndexPage.objects.child_of(other_region).get().get_children()[0]
    g1 = gemeente_users(tree.gemeente, "g1")
    gemeente_users(tree.gemeente_prep, "g2")
    users = {
        "organisation editor": organisation_editor(tree.organisation, "orga"),
        "gemeente editor": g1["editor"],
        "gemeente moderator": g1["moderator"],
        "regional administrator": region_admin(tree.home, "regio"),
    }
    organisation_editor(org_b, "orgb")
    region_labels = {label for label in pages if not label.startswith("x_")}
    scopes = {
        "organisation editor": {"orgA", "servA", "actA"},
        "gemeente editor": {"gem1", "wijk1", "index1", "ontw1", "market1", "req1", "off1"},
        "gemeente moderator": {"market1", "req1", "off1"},
        "regional administrator": region_labels,
    }
    moves = {
        "servA": "orgB",
        "actA": "orgB",
        "servB": "orgA",
        "actB": "orgA",
        "wijk1": "gem2",
        "wijk2": "gem1",
        "ontw1": "index2",
        "ontw2": "index1",
        "req1": "market2",
        "off1": "market2",
        "req2": "market1",
        "off2": "market1",
    }
    return Matrix(pages=pages, users=users, scopes=scopes, moves=moves)


def labels_for(matrix: Matrix, role: str) -> list[str]:
    """Own pages, the other organisation's/gemeente's, and the rest of the region/other region."""
    if role == "regional administrator":
        return list(matrix.pages)
    return [label for label in matrix.pages if not label.startswith("x_")]


def can_have_children(page: Page) -> bool:
    """Whether the page type allows a new child here at all (for anyone, superusers too)."""
    specific = page.specific_class
    return any(m.can_create_at(page) for m in specific.creatable_subpage_models())


def expected(matrix: Matrix, role: str, label: str, action: str) -> bool:
    """The policy: what each role may do to each page."""
    page = matrix.pages[label]
    scope = matrix.scopes[role]
    own = label in scope
    if action in {"explore", "edit", "publish"}:
        return own
    if action == "add":
        return own and role != "gemeente moderator" and can_have_children(page)
    if action == "delete":
        anchor = GroupPagePermission.objects.filter(page=page).exists()
        parent_label = next(
            (k for k, p in matrix.pages.items() if p.pk == page.get_parent().pk), None
        )
        protected = anchor and parent_label not in scope
        leaf = page.is_leaf()
        # A wijk that requests or offers point at is never deleted, nor a gemeente holding
        # one (the admin says why instead).
        referenced = (
            WijkPage.objects.descendant_of(page, inclusive=True)
            .filter(Q(requests__isnull=False) | Q(offers__isnull=False))
            .exists()
        )
        admin = role == "regional administrator"
        return own and not protected and not referenced and (leaf or admin)
    if action == "move":
        destination = matrix.moves.get(label)
        return own and destination in scope
    raise AssertionError(action)


def allowed_in_admin(client, matrix: Matrix, label: str, action: str) -> bool:
    """Try the action through the admin's own URLs; True when it went through."""
    page = matrix.pages[label]
    if action == "explore":
        return client.get(f"/admin/pages/{page.pk}/").status_code == 200
    if action == "edit":
        return client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    if action == "add":
        response = client.get(f"/admin/pages/{page.pk}/add_subpage/")
        if response.status_code == 302 and response.url.startswith("/admin/pages/add/"):
            response = client.get(response.url)  # only one child type: straight to the form
        return response.status_code == 200
    return _in_savepoint(lambda: _write_action(client, matrix, label, action))


def _in_savepoint(check) -> bool:
    savepoint = transaction.savepoint()
    try:
        return check()
    finally:
        transaction.savepoint_rollback(savepoint)


def _write_action(client, matrix: Matrix, label: str, action: str) -> bool:
    page = matrix.pages[label].specific
    if action == "publish":
        page.save_revision()
        client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {"next": "/admin/"})
        return not Page.objects.get(pk=page.pk).has_unpublished_changes
    if action == "delete":
        client.post(f"/admin/pages/{page.pk}/delete/")
        return not Page.objects.filter(pk=page.pk).exists()
    if action == "move":
        destination = matrix.moves.get(label)
        if destination is None:
            return False  # no other valid parent in the region: nobody can move it
        target = matrix.pages[destination]
        client.post(f"/admin/pages/{page.pk}/move/{target.pk}/confirm/")
        return Page.objects.get(pk=page.pk).get_parent().pk == target.pk
    raise AssertionError(action)


@pytest.mark.parametrize(
    "role",
    ["organisation editor", "gemeente editor", "gemeente moderator", "regional administrator"],
)
def test_permission_matrix(client, matrix, role):
    client.force_login(matrix.users[role])
    mismatches, checked = [], 0
    for label in labels_for(matrix, role):
        for action in ACTIONS:
            want = expected(matrix, role, label, action)
            got = allowed_in_admin(client, matrix, label, action)
            checked += 1
            if want != got:
                mismatches.append(f"{role} {action} {label}: expected {want}, admin said {got}")
    assert not mismatches, "\n".join(mismatches)
    own = matrix.scopes[role]
    assert checked >= 6 * len(own)
    # Sanity: the matrix says yes somewhere and no somewhere for every role.
    outcomes = {expected(matrix, role, lab, a) for lab in labels_for(matrix, role) for a in ACTIONS}
    assert outcomes == {True, False}
