"""Regional administrators: rollout dashboard, admin onboarding, moderation, rollout dates."""

import csv
import datetime
import io

from django.contrib.auth.models import Group

from wagtail.models import PageLogEntry, WorkflowState

import pytest
import time_machine

from aanbod.models import MarketplacePage, OrganisationPage, RequestPage
from tests import factories as f
from tests.roles import gemeente_users, organisation_editor, region_admin
from wijken.models import GemeentePage

pytestmark = pytest.mark.django_db
TZ = datetime.UTC


@pytest.fixture
def admin_of_tree(tree):
    """A regional administrator of the test region."""
    return region_admin(tree.home, "regio")


def test_dashboard_shows_figures_per_gemeente_with_chart_and_csv(client, tree, admin_of_tree):
    client.force_login(admin_of_tree)
    response = client.get("/admin/uitrol/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg class="rollout-chart" role="img"' in html
    assert "Testgemeente: 1 Live" in html  # chart segment title
    response = client.get(f"/admin/uitrol/?region={tree.home.pk}&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_name = {r["gemeente"]: r for r in rows}
    assert set(by_name) == {"Testgemeente", "Laterdorp"}
    test = by_name["Testgemeente"]
    assert test["fase"] == "live"
    assert (test["wijken in voorbereiding"], test["wijken live"]) == ("1", "1")
    assert test["organisaties"] == "1"
    assert test["activiteiten"] == "2"  # Koffie-ochtend (Zonnewijk+Nieuwwijk), Eetclub (Nieuwwijk)
    assert (test["open vragen"], test["open aanbod"]) == ("1", "1")
    assert test["gematchte paren"] == ""  # not recorded by the portal (shown as n.v.t.)
    assert by_name["Laterdorp"]["fase"] == "preparation"
    assert by_name["Laterdorp"]["open vragen"] == "1"


def test_dashboard_query_count_does_not_grow_with_content(
    client, tree, admin_of_tree, django_assert_max_num_queries
):
    client.force_login(admin_of_tree)
    client.get("/admin/uitrol/")
    for i in range(15):
        activity = f.ActivityPageFactory(parent=tree.organisation, title=f"Extra {i}")
        activity.wijken.set([tree.wijk])
    with django_assert_max_num_queries(60):
        assert client.get("/admin/uitrol/").status_code == 200


def test_dashboard_query_count_does_not_grow_with_gemeenten(client, tree, admin_of_tree):
    """Each figure is one grouped query over the region, not one query per gemeente."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(admin_of_tree)
    client.get("/admin/uitrol/")
    with CaptureQueriesContext(connection) as two:
        assert client.get("/admin/uitrol/").status_code == 200
    for i in range(4):
        gemeente = f.GemeentePageFactory(parent=tree.home, title=f"Extra gemeente {i}")
        wijk = f.WijkPageFactory(parent=gemeente, title=f"Extra wijk {i}")
        activity = f.ActivityPageFactory(parent=tree.organisation, title=f"Extra activiteit {i}")
        activity.wijken.set([wijk])
        activity.save()
    client.get("/admin/uitrol/")
    with CaptureQueriesContext(connection) as six:
        assert client.get("/admin/uitrol/").status_code == 200
    assert len(six) == len(two)
    response = client.get(f"/admin/uitrol/?region={tree.home.pk}&format=csv")
    rows = {r["gemeente"]: r for r in csv.DictReader(io.StringIO(response.content.decode()))}
    assert len(rows) == 6
    assert rows["Extra gemeente 3"]["activiteiten"] == "1"
    assert rows["Extra gemeente 3"]["wijken live"] == "1"


def test_dashboard_and_onboarding_are_for_regional_administrators_only(client, tree):
    client.force_login(organisation_editor(tree.organisation, "els"))
    for url in ["/admin/uitrol/", "/admin/onboarding/gemeente/", "/admin/onboarding/organisatie/"]:
        response = client.get(url)
        assert response.status_code == 302 and response.url == "/admin/", url
    assert "/admin/uitrol/" not in client.get("/admin/").content.decode()


def test_onboarding_a_gemeente_from_the_admin(client, tree, admin_of_tree):
    client.force_login(admin_of_tree)
    assert "/admin/uitrol/" in client.get("/admin/").content.decode()  # the Regio menu
    data = {
        "region": tree.home.pk,
        "name": "Nieuwstad",
        "wijken": "Oost: 9981\nWest: 9982 AB",
        "phase": "pilot",
        "pilot_date": "",
        "live_date": "",
        "cbs_code": "",
    }
    response = client.post("/admin/onboarding/gemeente/", data)
    gemeente = GemeentePage.objects.get(slug="nieuwstad")
    assert response.status_code == 302 and response.url == f"/admin/pages/{gemeente.pk}/"
    assert gemeente.get_children().count() == 4
    assert PageLogEntry.objects.filter(page=gemeente, user=admin_of_tree).exists()
    # Bad input: the form says what is wrong and nothing is created.
    bad = {**data, "name": "Nergensdorp", "wijken": "Oost: 12345"}
    response = client.post("/admin/onboarding/gemeente/", bad)
    assert response.status_code == 200
    assert "Ongeldige postcode in regel" in response.content.decode()
    assert not GemeentePage.objects.filter(slug="nergensdorp").exists()
    clash = {**data, "name": "Nergensdorp", "wijken": "Oost: 9991"}  # Zonnewijk's postcode
    response = client.post("/admin/onboarding/gemeente/", clash)
    assert "hoort al bij een andere wijk" in response.content.decode()
    assert not GemeentePage.objects.filter(slug="nergensdorp").exists()


def test_onboarding_an_organisation_from_the_admin(client, tree, admin_of_tree, mailoutbox):
    client.force_login(admin_of_tree)
    other_region = GemeentePage.objects.get(slug="weert").get_children().first()
    form = client.get("/admin/onboarding/organisatie/").content.decode()
    assert "Zonnewijk" in form and other_region.title not in form
    data = {
        "region": tree.home.pk,
        "name": "Wijkvereniging Zon",
        "kind": "vereniging",
        "wijken": [tree.wijk.pk],
        "invite": "anna@example.org",
        "review_mode": "region",
    }
    response = client.post("/admin/onboarding/organisatie/", data)
    assert response.status_code == 302
    organisation = OrganisationPage.objects.get(slug="wijkvereniging-zon")
    assert list(organisation.wijken.all()) == [tree.wijk]
    assert organisation.get_workflow().name == "Beoordeling door de regio Testregio"
    assert (
        Group.objects.get(name__endswith="Wijkvereniging Zon · redacteuren").user_set.count() == 1
    )


def test_residents_requests_are_moderated_by_their_gemeente_and_logged(client, tree):
    users = gemeente_users(tree.gemeente, "test")
    other = gemeente_users(tree.gemeente_prep, "later")
    market = MarketplacePage.objects.child_of(tree.gemeente).get()
    request = f.RequestPageFactory(
        parent=market, wijk=tree.wijk, category=tree.category, live=False, title="Hulp bij tuin"
    )
    # What the submission flow does on confirmation: start the page's workflow.
    workflow = request.get_workflow()
    assert workflow.name == "Moderatie vraag en aanbod Testgemeente"
    request.save_revision()
    workflow.start(request, user=None)
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(request.pk))

    # The other gemeente's moderator does not see it and cannot approve it.
    client.force_login(other["moderator"])
    assert "Hulp bij tuin" not in client.get("/admin/").content.decode()

    client.force_login(users["moderator"])
    assert "Hulp bij tuin" in client.get("/admin/").content.decode()  # awaiting your review
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{request.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    request = RequestPage.objects.get(pk=request.pk)
    assert request.live
    actions = set(PageLogEntry.objects.filter(page=request).values_list("action", "user__username"))
    assert ("wagtail.workflow.approve", "test-moderator") in actions
    assert ("wagtail.publish", "test-moderator") in actions


def test_a_passing_pilot_date_shows_the_gemeente_without_publishing(client, tree):
    GemeentePage.objects.filter(pk=tree.gemeente_prep.pk).update(
        pilot_date=datetime.date(2027, 1, 10)
    )
    revisions = tree.gemeente_prep.revisions.count()
    url = tree.gemeente_prep.url
    client.defaults["HTTP_HOST"] = "testregio.localhost"
    with time_machine.travel(datetime.datetime(2027, 1, 9, 12, tzinfo=TZ), tick=False):
        assert client.get(url).status_code == 404
    with time_machine.travel(datetime.datetime(2027, 1, 10, 12, tzinfo=TZ), tick=False):
        response = client.get(url)
        assert response.status_code == 200
        assert "Dorpskern" in response.content.decode()  # its live wijk appears with it
    assert tree.gemeente_prep.revisions.count() == revisions  # nobody published anything
