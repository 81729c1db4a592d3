"""Posting a request or offer without an account: the form, double opt-in, bad input, limits."""

import datetime
import re

from django.core import mail
from django.core.cache import cache
from django.test import Client

from wagtail.models import Page, Revision, WorkflowState

import pytest
import time_machine

from aanbod.marketplace import lifecycle
from aanbod.models import OfferPage, RequestPage, Submitter
from outbox.models import OutboxMessage

LINK_RE = re.compile(r"https?://\S+/beheer/\S+/")


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.AANBOD_RATE_LIMITS = {"ip": (1000, 3600), "email": (1000, 86400)}
    cache.clear()
    yield
    cache.clear()


def form_data(tree, **overrides) -> dict:
    data = {
        "kind": "vraag",
        "category": tree.category.pk,
        "wijk": tree.wijk.pk,
        "title": "Rit naar het ziekenhuis gezocht",
        "description": "Ik heb dinsdag een afspraak in het ziekenhuis in Sittard.",
        "when": "dinsdagochtend",
        "first_name": "Truus",
        "email": "truus.test@example.org",
        "phone": "06 12345678",
        "consent": "on",
        "website": "",
        **overrides,
    }
    return {f"post-{k}": v for k, v in data.items() if v is not None}


def post(client, tree, **overrides):
    return client.post(tree.marketplace.url, form_data(tree, **overrides), REMOTE_ADDR="10.0.0.1")


def market_url(tree) -> str:
    return tree.marketplace.get_url()


def counts() -> tuple[int, int, int]:
    return (
        RequestPage.objects.count() + OfferPage.objects.count(),
        Submitter.objects.count(),
        OutboxMessage.objects.count() + len(mail.outbox),
    )


def confirmation_link(message) -> str:
    return LINK_RE.search(message.body).group(0)


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_the_form_offers_only_visible_wijken_of_this_gemeente(tree_client, tree):
    html = tree_client.get(tree.marketplace.url).content.decode()
    assert 'name="post-title"' in html and 'name="csrfmiddlewaretoken"' in html
    assert "Zonnewijk" in html
    assert "Nieuwwijk" not in html  # in preparation
    assert "Dorpskern" not in html  # another gemeente
    assert 'name="post-website"' in html  # the honeypot
    assert "privacy" in html.lower()


def test_posting_stores_a_draft_and_a_private_submitter_and_mails_a_link(tree_client, tree):
    response = post(tree_client, tree)
    assert response.status_code == 302 and response["Location"].endswith("/verzonden/")
    item = RequestPage.objects.get(title="Rit naar het ziekenhuis gezocht")
    assert not item.live and item.first_name == "Truus" and item.expires_at is None
    submitter = item.submitter
    assert submitter.email == "truus.test@example.org" and submitter.phone == "06 12345678"
    [message] = mail.outbox
    assert message.to == ["truus.test@example.org"]
    token = confirmation_link(message).rstrip("/").rsplit("/", 1)[1]
    assert token not in submitter.token_hash and len(submitter.token_hash) == 64
    assert Submitter.for_token(token) == submitter
    # The resident's contact details are in no page row or revision.
    revisions = Revision.objects.for_instance(item)
    assert revisions.exists()
    for revision in revisions:
        assert "truus.test" not in str(revision.content)
        assert "12345678" not in str(revision.content)
    assert not OutboxMessage.objects.exists()  # sent, so no longer queued
    page = tree_client.get(response["Location"])
    assert "bevestig" in page.content.decode().lower()


def test_the_link_confirms_once_and_starts_moderation(tree_client, tree):
    post(tree_client, tree)
    link = path_of(confirmation_link(mail.outbox[0]))
    item = RequestPage.objects.get(title__startswith="Rit naar het")
    page = tree_client.get(link)
    assert page.status_code == 200 and "Bevestig mijn bericht" in page.content.decode()
    assert not WorkflowState.objects.for_instance(item).exists()  # GET (mail scanners) does nothing
    response = tree_client.post(link, {"action": "confirm"})
    assert response.status_code == 302
    assert "bevestigd" in tree_client.get(response["Location"]).content.decode()
    state = WorkflowState.objects.active().for_instance(item).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # A replayed confirmation: a clear message, no second workflow.
    replay = tree_client.post(link, {"action": "confirm"})
    assert "al bevestigd" in tree_client.get(replay["Location"]).content.decode()
    assert WorkflowState.objects.for_instance(item).count() == 1


def test_a_forged_link_gets_a_clear_404(tree_client, tree):
    post(tree_client, tree)
    for token in ["forged-token-123", "x" * 43, "a" * 500, "%3Cscript%3E", "..%2F..%2Fadmin"]:
        response = tree_client.get(f"{tree.marketplace.url}beheer/{token}/")
        assert response.status_code == 404, token
        if "%" not in token:  # (an encoded slash never reaches the route: the site's 404)
            assert "werkt niet" in response.content.decode()
        deleted = tree_client.post(f"{tree.marketplace.url}beheer/{token}/", {"action": "delete"})
        assert deleted.status_code == 404
    assert Submitter.objects.count() == 1


def test_a_link_only_works_on_its_own_marketplace(tree_client, tree):
    post(tree_client, tree)
    token = confirmation_link(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    other = Page.objects.get(pk=tree.request_prep.get_parent().pk)
    response = tree_client.get(f"{other.url}beheer/{token}/")
    assert response.status_code == 404  # (that gemeente is hidden anyway)


def test_unconfirmed_submissions_are_deleted_after_48_hours(tree_client, tree):
    post(tree_client, tree)
    link = path_of(confirmation_link(mail.outbox[0]))
    before = timezone_now()
    assert lifecycle.purge_unconfirmed(now=before + datetime.timedelta(hours=47)) == 0
    assert lifecycle.purge_unconfirmed(now=before + datetime.timedelta(hours=49)) == 1
    assert not RequestPage.objects.filter(title__startswith="Rit naar het").exists()
    assert not Submitter.objects.exists()
    expired = tree_client.get(link)
    assert expired.status_code == 404 and "48 uur" in expired.content.decode()


def test_confirmed_submissions_are_not_deleted_after_48_hours(tree_client, tree):
    post(tree_client, tree)
    tree_client.post(path_of(confirmation_link(mail.outbox[0])), {"action": "confirm"})
    assert lifecycle.purge_unconfirmed(now=timezone_now() + datetime.timedelta(days=3)) == 0


def timezone_now():
    from django.utils import timezone

    return timezone.now()


LONG = "x" * 3000


BAD_INPUT = [
    ({"title": "a" * 81}, "title", "80"),
    ({"description": "lang " * 500}, "description", "2000"),
    ({"when": "w" * 121}, "when", "120"),
    ({"first_name": "T" * 41}, "first_name", "40"),
    ({"email": ("e" * 250) + "@example.org"}, "email", ""),
    ({"phone": "1" * 25}, "phone", ""),
    ({"email": "niet-een-adres"}, "email", "e-mailadres"),
    ({"email": "truus@@example"}, "email", "e-mailadres"),
    ({"phone": "bel me maar"}, "phone", "telefoonnummer"),
    ({"phone": "06-1234"}, "phone", "telefoonnummer"),
    ({"title": "<script>alert(1)</script>"}, "title", ""),
    ({"first_name": "<b></b>"}, "first_name", ""),
    ({"first_name": "Truus123"}, "first_name", "voornaam"),
    ({"description": "Mail me op truus@example.org graag"}, "description", "e-mailadres"),
    ({"description": "Bel mij even op 06 1234 5678 als het kan"}, "description", "telefoon"),
    ({"consent": None}, "consent", "toestemming"),
    ({"kind": "iets"}, "kind", "vraag of aanbod"),
    ({"category": "999999"}, "category", "categorie"),
    ({"wijk": "abc"}, "wijk", "wijk"),
]


def test_bad_input_gets_a_clear_message_and_nothing_is_saved(tree_client, tree):
    before = counts()
    for overrides, field, message in BAD_INPUT:
        response = post(tree_client, tree, **overrides)
        assert response.status_code == 400, overrides
        form = response.context["form"]
        assert field in form.errors, overrides
        assert message.lower() in " ".join(form.errors[field]).lower(), form.errors
        html = response.content.decode()
        assert "Controleer het formulier" in html
        # What the resident typed is kept (other fields come back filled in).
        if field != "title":
            assert "Rit naar het ziekenhuis gezocht" in html
        if field != "description":
            assert "afspraak in het ziekenhuis" in html
    assert counts() == before


def test_a_wijk_of_another_gemeente_or_a_hidden_wijk_is_refused(tree_client, tree):
    before = counts()
    for wijk in (tree.wijk_in_prep_gemeente, tree.wijk_prep):
        response = post(tree_client, tree, wijk=wijk.pk)
        assert response.status_code == 400
        assert "Kies een wijk van deze gemeente" in response.content.decode()
    assert counts() == before


def test_html_script_and_control_characters_are_stripped(tree_client, tree):
    response = post(
        tree_client,
        tree,
        title="Hulp <b>bij</b> de\x00 boodschappen\u202e<script>alert('x')</script>",
        description="Ik zoek\x07 hulp <img src=x onerror=alert(1)>met tillen.\r\n\r\n\r\n\r\nDank!",
        when="<i>zaterdag</i>\x1b[31m",
    )
    assert response.status_code == 302
    item = RequestPage.objects.child_of(tree.marketplace).get(live=False)
    assert item.title == "Hulp bij de boodschappen"
    assert item.description == "Ik zoek hulp met tillen.\n\nDank!"
    assert item.when == "zaterdag[31m"
    html = tree_client.get(path_of(confirmation_link(mail.outbox[0]))).content.decode()
    assert "<script>alert" not in html and "onerror" not in html


def test_an_offer_is_posted_as_an_offer_page(tree_client, tree):
    response = post(tree_client, tree, kind="aanbod", title="Ik doe boodschappen voor u")
    assert response.status_code == 302
    assert OfferPage.objects.filter(title="Ik doe boodschappen voor u", live=False).exists()


def test_the_honeypot_quietly_drops_bots(tree_client, tree):
    before = counts()
    response = post(tree_client, tree, website="http://spam.example")
    assert response.status_code == 302
    assert counts() == before


def test_posting_needs_a_csrf_token(tree):
    client = Client(enforce_csrf_checks=True, HTTP_HOST="testregio.localhost")
    before = counts()
    response = client.post(tree.marketplace.url, form_data(tree))
    assert response.status_code == 403
    assert counts() == before


def test_rate_limit_per_ip_gives_a_friendly_429_that_keeps_the_text(tree_client, tree, settings):
    settings.AANBOD_RATE_LIMITS = {"ip": (2, 3600)}
    assert post(tree_client, tree, email="a@example.org").status_code == 302
    assert post(tree_client, tree, email="b@example.org").status_code == 302
    response = post(tree_client, tree, email="c@example.org", title="Derde vraag van vandaag")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Probeer het over" in html and "Derde vraag van vandaag" in html
    assert Submitter.objects.count() == 2
    # Another address (another resident) is not affected.
    other = tree_client.post(tree.marketplace.url, form_data(tree), REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302


def test_rate_limit_per_email_address(tree_client, tree, settings):
    settings.AANBOD_RATE_LIMITS = {"email": (1, 86400)}
    assert post(tree_client, tree).status_code == 302
    again = tree_client.post(
        tree.marketplace.url,
        form_data(tree, email="TRUUS.test@example.org"),
        REMOTE_ADDR="10.9.9.9",
    )
    assert again.status_code == 429
    assert Submitter.objects.count() == 1
    # The cache holds no e-mail address in clear.
    # (local memory, or the real Redis in CI's PostgreSQL run)
    store = cache._cache
    keys = store.get_client().keys("*") if hasattr(store, "get_client") else list(store)
    assert keys and not any("truus" in str(key).lower() for key in keys)


def test_approval_publishes_with_an_expiry_date_and_mails_the_poster(tree_client, tree, admin_user):
    post(tree_client, tree)
    tree_client.post(path_of(confirmation_link(mail.outbox[0])), {"action": "confirm"})
    item = RequestPage.objects.get(title__startswith="Rit naar het")
    approve(item, admin_user)
    item.refresh_from_db()
    assert item.live
    assert item.expires_at == datetime.date.today() + datetime.timedelta(weeks=6)
    approved = mail.outbox[-1]
    assert approved.to == ["truus.test@example.org"]
    assert "staat online" in approved.subject
    assert tree_client.get(item.url).status_code == 200


def test_the_lifetime_is_a_setting(tree_client, tree, admin_user, settings):
    settings.AANBOD_ITEM_LIFETIME_DAYS = 10
    post(tree_client, tree)
    tree_client.post(path_of(confirmation_link(mail.outbox[0])), {"action": "confirm"})
    item = RequestPage.objects.get(title__startswith="Rit naar het")
    approve(item, admin_user)
    item.refresh_from_db()
    assert item.expires_at == datetime.date.today() + datetime.timedelta(days=10)


def test_rejection_mails_the_reason_and_a_link_to_change_it(tree_client, tree, admin_user):
    post(tree_client, tree)
    tree_client.post(path_of(confirmation_link(mail.outbox[0])), {"action": "confirm"})
    item = RequestPage.objects.get(title__startswith="Rit naar het")
    state = WorkflowState.objects.active().for_instance(item).get()
    task_state = state.current_task_state
    task_state.task.specific.on_action(
        task_state, admin_user, "reject", comment="Noem liever geen ziekenhuisnaam."
    )
    item.refresh_from_db()
    assert not item.live
    rejected = mail.outbox[-1]
    assert "niet geplaatst" in rejected.subject
    assert "Noem liever geen ziekenhuisnaam." in rejected.body
    link = path_of(confirmation_link(rejected))
    edit = tree_client.post(link, edit_data(item, title="Rit naar mijn afspraak gezocht"))
    assert edit.status_code == 302
    state = WorkflowState.objects.active().for_instance(item).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().title == "Rit naar mijn afspraak gezocht"


def edit_data(item, **overrides) -> dict:
    data = {
        "category": item.category_id,
        "wijk": item.wijk_id,
        "title": item.title,
        "description": item.description,
        "when": item.when,
        **overrides,
    }
    return {"action": "edit", **{f"edit-{k}": v for k, v in data.items()}}


def approve(item, user) -> None:
    state = WorkflowState.objects.active().for_instance(item).get()
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")


@time_machine.travel(datetime.datetime(2026, 12, 1, 12, 0), tick=False)
def test_time_machine_import_is_used():
    assert datetime.date.today() == datetime.date(2026, 12, 1)
