"""Onboarding a gemeente or organisation: one command, idempotent, nothing made on bad input."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

import pytest

from aanbod.editorial.onboarding import ensure_organisation_access, onboard_organisation
from aanbod.models import MarketplacePage, OrganisationPage, RequestPage
from outbox.models import OutboxMessage
from tests import factories as f
from tests.mail_server import smtp_inbox  # noqa: F401
from tests.smtp import SMTPServer
from wijken.models import GemeentePage, WijkPage

pytestmark = pytest.mark.django_db
REGION = "westelijke-mijnstreek"


def snapshot() -> dict[str, int]:
    """Counts of everything onboarding may create."""
    return {
        "pages": Page.objects.count(),
        "groups": Group.objects.count(),
        "page_perms": GroupPagePermission.objects.count(),
        "collections": Collection.objects.count(),
        "collection_perms": GroupCollectionPermission.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "users": get_user_model().objects.count(),
    }


def run(command: str, *args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def onboard_schinveld(*extra: str) -> str:
    return run(
        "onboard_gemeente",
        "--region",
        REGION,
        "--name",
        "Schinveld",
        "--wijk",
        "Schinveld Centrum:6451, 6452 AB",
        "--wijk",
        "Brunssummerheide:6453",
        "--phase",
        "preparation",
        "--pilot-date",
        "2027-03-01",
        "--live-date",
        "2027-09-01",
        *extra,
    )


def test_onboard_gemeente_builds_pages_groups_collection_and_workflow():
    out = onboard_schinveld()
    assert "aangemaakt: gemeente Schinveld" in out
    gemeente = GemeentePage.objects.get(slug="schinveld")
    assert gemeente.live and gemeente.get_rollout_phase().value == "preparation"
    assert str(gemeente.pilot_date) == "2027-03-01"
    wijken = WijkPage.objects.child_of(gemeente).order_by("title")
    assert [(w.title, w.postcode_list) for w in wijken] == [
        ("Brunssummerheide", ["6453"]),
        ("Schinveld Centrum", ["6451", "6452AB"]),
    ]
    market = MarketplacePage.objects.child_of(gemeente).get()
    assert gemeente.get_children().filter(slug="ontwikkelingen").exists()
    editors = Group.objects.get(name="Westelijke Mijnstreek · Schinveld · redacteuren")
    moderators = Group.objects.get(name="Westelijke Mijnstreek · Schinveld · moderatoren")
    assert set(
        editors.page_permissions.filter(page=gemeente).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page", "publish_page"}
    assert set(
        moderators.page_permissions.filter(page=market).values_list(
            "permission__codename", flat=True
        )
    ) == {"change_page", "publish_page"}
    assert editors.collection_permissions.filter(collection__name="Gemeente Schinveld").exists()
    # A resident's request below the marketplace goes to this gemeente's moderators.
    request = f.RequestPageFactory(parent=market, wijk=wijken[0], live=False)
    workflow = request.get_workflow()
    assert workflow.name == "Moderatie vraag en aanbod Schinveld"
    assert moderators in workflow.tasks.get().specific.groups.all()


def test_onboarding_twice_changes_nothing():
    onboard_schinveld()
    before = snapshot()
    out = onboard_schinveld()
    assert "bestond al, niets veranderd" in out
    assert snapshot() == before


def test_rerun_with_an_extra_wijk_adds_only_that_wijk():
    onboard_schinveld()
    before = snapshot()
    onboard_schinveld("--wijk", "Vinkenberg:6454")
    after = snapshot()
    assert after["pages"] == before["pages"] + 1
    assert {k: v for k, v in after.items() if k != "pages"} == {
        k: v for k, v in before.items() if k != "pages"
    }
    assert WijkPage.objects.filter(slug="vinkenberg").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--region", "atlantis", "--name", "Nergens"], "Onbekende regio 'atlantis'"),
        (["--region", "midden-limburg-west", "--name", "Stein"], "bestaat al in regio"),
        (
            ["--region", REGION, "--name", "Schinveld", "--wijk", "Centrum:64511"],
            "Ongeldige postcode bij wijk 'Centrum': 64511",
        ),
        (
            ["--region", REGION, "--name", "Schinveld", "--wijk", "A:6451", "--wijk", "a:6452"],
            "twee keer",
        ),
        (["--region", REGION, "--name", "Schinveld", "--phase", "klaar"], "Onbekende fase"),
        (["--region", REGION, "--name", "Schinveld", "--live-date", "1-1-2027"], "JJJJ-MM-DD"),
    ],
)
def test_bad_gemeente_arguments_give_a_clear_message_and_create_nothing(args, message):
    before = snapshot()
    with pytest.raises(CommandError, match=re.escape(message)):
        run("onboard_gemeente", *args)
    assert snapshot() == before


def test_a_postcode_of_another_gemeentes_wijk_is_refused():
    onboard_schinveld()
    before = snapshot()
    with pytest.raises(CommandError, match="hoort al bij een andere wijk: 6453"):
        run("onboard_gemeente", "--region", REGION, "--name", "Onderbanken", "--wijk", "X:6453")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--region", "nowhere", "--name", "Club"], "Onbekende regio"),
        (["--region", REGION, "--name", "Club", "--wijk", "narnia"], "Onbekende wijk"),
        (["--region", REGION, "--name", "Club", "--invite", "not-an-email"], "Ongeldig e-mail"),
        (["--region", REGION, "--name", "Club", "--kind", "sekte"], "Onbekende soort"),
        (["--region", REGION, "--name", "Club", "--review", "nooit"], "publicatie-instelling"),
        (["--region", REGION, "--name", "Cicero-Zorggroep"], "lijkt te veel op"),
    ],
)
def test_bad_organisation_arguments_give_a_clear_message_and_create_nothing(args, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        run("onboard_organisation", *args)
    assert snapshot() == before


def test_onboard_organisation_invites_editors_over_real_smtp(
    smtp_inbox,  # noqa: F811
    client,
    django_capture_on_commit_callbacks,
):
    args = [
        "--region",
        REGION,
        "--name",
        "Buurtvereniging De Kluis",
        "--kind",
        "vereniging",
        "--wijk",
        "kemperkoul",
        "--invite",
        "Els@Example.org",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        out = run("onboard_organisation", *args)
    assert "uitgenodigd: els@example.org" in out
    organisation = OrganisationPage.objects.get(slug="buurtvereniging-de-kluis")
    assert [w.slug for w in organisation.wijken.all()] == ["kemperkoul"]
    user = get_user_model().objects.get(email="els@example.org")
    assert not user.has_usable_password()
    assert user.groups.filter(name__endswith="Buurtvereniging De Kluis · redacteuren").exists()

    assert len(smtp_inbox.messages) == 1
    assert smtp_inbox.messages[0]["To"] == "els@example.org"
    link = re.search(
        r"http://testserver(/admin/password_reset/confirm/\S+/)", smtp_inbox.bodies()[0]
    )
    assert link, smtp_inbox.bodies()[0]
    form_page = client.get(link.group(1), follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1),
        {"new_password1": "Kluis-wijk-2027!", "new_password2": "Kluis-wijk-2027!"},
    )
    assert response.status_code == 302
    assert client.login(username="els@example.org", password="Kluis-wijk-2027!")
    assert client.get("/admin/").status_code == 200

    # Again: no second account, no second mail, nothing else created.
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        out = run("onboard_organisation", *args)
    assert "niets veranderd" in out
    assert snapshot() == before
    assert len(smtp_inbox.messages) == 1


def test_an_invitation_waits_in_the_outbox_while_the_mail_server_is_down(
    settings, client, django_capture_on_commit_callbacks
):
    down = SMTPServer()  # a free port where nothing listens yet
    for name, value in down.settings().items():
        setattr(settings, name, value)
    args = ["--region", REGION, "--name", "Buurtvereniging De Kluis", "--invite", "els@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        out = run("onboard_organisation", *args)
    assert "uitgenodigd: els@example.org" in out
    [waiting] = OutboxMessage.objects.all()
    assert waiting.to == "els@example.org" and waiting.attempts == 1
    assert waiting.subject == "Uitnodiging voor het Wijkportaal: kies je wachtwoord"

    server = SMTPServer(port=down.port).start()
    try:
        call_command("send_queued_mail", "--all", verbosity=0)
        assert not OutboxMessage.objects.exists()
        [message] = server.inbox.messages
        assert message["To"] == "els@example.org"
        body = server.inbox.bodies()[0]
    finally:
        server.stop()
    assert "Je bent uitgenodigd als redacteur" in body
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", body)
    assert link and client.get(link.group(1), follow=True).status_code == 200


def test_review_by_the_region_takes_publishing_away_and_assigns_the_region_workflow():
    result = onboard_organisation(REGION, "Jongerenwerk Kluis", review_mode="region")
    organisation = result.page
    editors = Group.objects.get(name__endswith="Jongerenwerk Kluis · redacteuren")
    codes = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert codes == {"add_page", "change_page"}
    workflow = organisation.get_workflow()
    assert workflow.name == "Beoordeling door de regio Westelijke Mijnstreek"
    approvers = workflow.tasks.get().specific.groups.all()
    assert [g.name for g in approvers] == ["Westelijke Mijnstreek · regiobeheerders"]

    # The region switches it to "publish directly": publishing the setting applies it.
    organisation.review_mode = "direct"
    organisation.save_revision().publish()
    codes = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert codes == {"add_page", "change_page", "publish_page"}
    assert OrganisationPage.objects.get(pk=organisation.pk).get_workflow() is None


def test_demo_regions_have_groups_collections_and_workflows():
    for gemeente in GemeentePage.objects.all():
        workflow = gemeente.get_workflow()
        assert workflow is not None and gemeente.title in workflow.name
        market = MarketplacePage.objects.child_of(gemeente).get()
        assert Group.objects.filter(
            page_permissions__page=market, name__endswith="moderatoren"
        ).exists()
    for organisation in OrganisationPage.objects.filter(slug__in=["cicero-zorggroep"]):
        assert Group.objects.filter(
            page_permissions__page=organisation, name__endswith="redacteuren"
        ).exists()
        assert Collection.objects.filter(name=organisation.title).exists()
    for request in RequestPage.objects.all()[:3]:
        assert request.get_workflow().name.startswith("Moderatie vraag en aanbod")


def test_nobody_but_superusers_has_rights_on_the_whole_tree():
    assert not GroupPagePermission.objects.filter(page__depth=1).exists()
    assert not GroupCollectionPermission.objects.filter(collection__depth=1).exists()
    assert not WorkflowPage.objects.filter(page__depth=1).exists()


def test_ensure_organisation_access_is_idempotent():
    organisation = OrganisationPage.objects.get(slug="cicero-zorggroep")
    before = snapshot()
    ensure_organisation_access(organisation)
    assert snapshot() == before
