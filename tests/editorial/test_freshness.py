"""Fresh content: 'nog actueel', the verouderde-inhoud report, the digest, ended activities."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest
import time_machine

from aanbod.models import ActivityPage, OrganisationPage, ServicePage
from tests import factories as f
from tests.mail_server import smtp_inbox  # noqa: F401
from tests.roles import organisation_editor, user_in

pytestmark = pytest.mark.django_db
TZ = datetime.UTC


def age(page, days: int) -> None:
    """Pretend the page was last confirmed ``days`` ago."""
    moment = timezone.now() - datetime.timedelta(days=days)
    page.specific_class.objects.filter(pk=page.pk).update(
        last_confirmed_at=moment, last_published_at=moment, first_published_at=moment
    )


@pytest.fixture
def stale_tree(tree):
    """The test tree with an old service and activity, and a second organisation."""
    other = f.OrganisationPageFactory(parent=tree.organisations, title="Andere Stichting")
    other_activity = f.ActivityPageFactory(parent=other, title="Breicafé Andere")
    for page in [tree.service, tree.activity, other_activity]:
        age(page, 220)
    age(tree.activity_regionwide, 20)
    tree.other = other
    tree.other_activity = other_activity
    return tree


def test_publishing_stamps_the_page_as_confirmed(tree):
    tree.service.save_revision().publish()
    tree.service.refresh_from_db()
    assert timezone.now() - tree.service.last_confirmed_at < datetime.timedelta(minutes=1)


def test_report_lists_own_stale_pages_and_one_click_confirms_them(client, stale_tree):
    editor = organisation_editor(stale_tree.organisation, "els")
    client.force_login(editor)
    html = client.get("/admin/verouderde-inhoud/").content.decode()
    assert "Boodschappendienst" in html and "Koffie-ochtend Zonnewijk" in html
    assert "Breicafé Andere" not in html  # another organisation's page
    assert "Regiowandeling" not in html  # confirmed 20 days ago
    revisions = stale_tree.service.revisions.count()

    response = client.post(
        f"/admin/verouderde-inhoud/{stale_tree.service.pk}/nog-actueel/",
        {"next": "/admin/verouderde-inhoud/"},
    )
    assert response.status_code == 302 and response.url == "/admin/verouderde-inhoud/"
    html = client.get("/admin/verouderde-inhoud/").content.decode()
    assert f'data-page-id="{stale_tree.service.pk}"' not in html
    assert f'data-page-id="{stale_tree.activity.pk}"' in html
    service = ServicePage.objects.get(pk=stale_tree.service.pk)
    assert service.revisions.count() == revisions  # nothing published, no new revision
    entry = PageLogEntry.objects.filter(page=service, action="wijkportaal.confirm_current").get()
    assert entry.user == editor
    history = client.get(f"/admin/pages/{service.pk}/history/").content.decode()
    assert "Bevestigd als actueel" in history


def test_nobody_confirms_another_organisations_page(client, stale_tree):
    client.force_login(organisation_editor(stale_tree.organisation, "els"))
    url = f"/admin/verouderde-inhoud/{stale_tree.other_activity.pk}/nog-actueel/"
    for response in [client.post(url), client.get(url)]:
        # Wagtail's admin answers PermissionDenied with a redirect to the dashboard.
        assert response.status_code == 302 and response.url == "/admin/"
    assert not PageLogEntry.objects.filter(action="wijkportaal.confirm_current").exists()


def test_the_dashboard_offers_the_same_one_click_confirmation(client, stale_tree):
    client.force_login(organisation_editor(stale_tree.organisation, "els"))
    html = client.get("/admin/").content.decode()
    assert "Verouderde inhoud" in html and "Boodschappendienst" in html
    assert f"/admin/verouderde-inhoud/{stale_tree.service.pk}/nog-actueel/" in html


def test_the_period_is_configurable_and_bad_input_is_explained(client, stale_tree, settings):
    client.force_login(organisation_editor(stale_tree.organisation, "els"))
    assert (
        "Boodschappendienst"
        not in client.get("/admin/verouderde-inhoud/?months=12").content.decode()
    )
    response = client.get("/admin/verouderde-inhoud/?months=abc")
    assert response.status_code == 200
    assert "Kies een periode van 1 tot 60 maanden." in response.content.decode()
    settings.WIJKPORTAAL = {**settings.WIJKPORTAAL, "FRESHNESS_MONTHS": 12}
    assert "Boodschappendienst" not in client.get("/admin/verouderde-inhoud/").content.decode()


def test_report_filters_by_gemeente_for_the_region(admin_client, stale_tree):
    url = f"/admin/verouderde-inhoud/?gemeente={stale_tree.gemeente.pk}"
    html = admin_client.get(url).content.decode()
    assert "Boodschappendienst" in html  # serves Zonnewijk
    assert "Breicafé Andere" not in html  # serves no wijk of this gemeente


def test_one_digest_per_organisation_over_real_smtp(stale_tree, smtp_inbox):  # noqa: F811
    editors = organisation_editor(stale_tree.organisation, "els")
    user_in(editors.groups.get(), "piet")
    out = StringIO()
    call_command("send_freshness_reminders", stdout=out)
    assert "1 herinnering(en) verstuurd" in out.getvalue()  # the other org has no editors
    assert len(smtp_inbox.messages) == 1
    message = smtp_inbox.messages[0]
    assert sorted(a.strip() for a in message["To"].split(",")) == [
        "els@example.org",
        "piet@example.org",
    ]
    body = smtp_inbox.bodies()[0]
    assert "Boodschappendienst" in body and "Koffie-ochtend Zonnewijk" in body
    assert f"/admin/pages/{stale_tree.service.pk}/edit/" in body
    assert "Breicafé Andere" not in body
    # A second run within the reminder period sends nothing.
    call_command("send_freshness_reminders", stdout=StringIO())
    assert len(smtp_inbox.messages) == 1


def test_activities_whose_series_ended_are_unpublished(tree):
    ended = f.ActivityPageFactory(
        parent=tree.organisation, title="Zomerwandeling", series_end=datetime.date(2026, 8, 31)
    )
    single = f.ActivityPageFactory(
        parent=tree.organisation,
        title="Open dag",
        recurrence="",
        start=datetime.datetime(2026, 9, 5, 10, tzinfo=TZ),
        end=datetime.datetime(2026, 9, 5, 16, tzinfo=TZ),
    )
    with time_machine.travel(datetime.datetime(2026, 9, 1, 3, tzinfo=TZ), tick=False):
        out = StringIO()
        call_command("unpublish_ended_activities", stdout=out)
        assert "offline gehaald: Zomerwandeling" in out.getvalue()
    assert not ActivityPage.objects.get(pk=ended.pk).live
    assert ActivityPage.objects.get(pk=single.pk).live
    assert ActivityPage.objects.get(pk=tree.activity.pk).live  # no series end
    assert PageLogEntry.objects.filter(page=ended, action="wagtail.unpublish").exists()
    with time_machine.travel(datetime.datetime(2026, 9, 6, 3, tzinfo=TZ), tick=False):
        call_command("unpublish_ended_activities", stdout=StringIO())
    assert not ActivityPage.objects.get(pk=single.pk).live


def test_organisation_pages_count_too(stale_tree, admin_client):
    age(stale_tree.organisation, 400)
    html = admin_client.get(
        f"/admin/verouderde-inhoud/?organisation={stale_tree.organisation.pk}"
    ).content.decode()
    assert OrganisationPage.objects.get(pk=stale_tree.organisation.pk).title in html
    assert "Breicafé Andere" not in html
