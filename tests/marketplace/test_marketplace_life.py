"""After posting: relay, extend, close, delete, reminders, expiry, abuse reports, subscriptions."""

import datetime
import re

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest

from aanbod.marketplace import lifecycle, subscriptions
from aanbod.models import (
    AbuseReport,
    ItemStatus,
    RequestPage,
    Submitter,
    Subscription,
)
from search.query import matching_page_ids
from tests import factories as f

LINK_RE = re.compile(r"https?://[^/\s]+(/\S+/beheer/\S+/)")


@pytest.fixture(autouse=True)
def _no_limits(settings):
    settings.AANBOD_RATE_LIMITS = {"ip": (1000, 3600), "email": (1000, 86400)}
    cache.clear()


def submit(client, tree, **overrides) -> str:
    """Post and confirm an item; return the path of its secret link."""
    data = {
        "kind": "vraag",
        "category": tree.category.pk,
        "wijk": tree.wijk.pk,
        "title": "Boodschappen halen op vrijdag",
        "description": "Wie haalt op vrijdag mijn boodschappen bij de supermarkt?",
        "first_name": "Mien",
        "email": "mien.test@example.org",
        "phone": "0612345678",
        "consent": "on",
        **overrides,
    }
    mail.outbox.clear()
    response = client.post(tree.marketplace.url, {f"post-{k}": v for k, v in data.items()})
    assert response.status_code == 302
    link = LINK_RE.search(mail.outbox[-1].body).group(1)
    client.post(link, {"action": "confirm"})
    return link


def approve(item, user) -> None:
    state = WorkflowState.objects.active().for_instance(item).get()
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")


def published(client, tree, user, **overrides) -> tuple:
    submit(client, tree, **overrides)
    item = Submitter.objects.get(email=overrides.get("email", "mien.test@example.org")).page
    approve(item.specific, user)
    item = item.specific
    item.refresh_from_db()
    return item, LINK_RE.search(mail.outbox[-1].body).group(1)


def test_a_reply_is_relayed_with_reply_to_and_no_address_is_shown(tree_client, tree, admin_user):
    item, _link = published(tree_client, tree, admin_user)
    html = tree_client.get(item.url).content.decode()
    assert "Reageer" in html and "mien.test" not in html and "0612345678" not in html
    mail.outbox.clear()
    response = tree_client.post(
        item.url + "reageer/",
        {
            "reply-name": "Kees",
            "reply-email": "kees.helper@example.org",
            "reply-message": "Ik kan vrijdag om tien uur langskomen.",
            "reply-consent": "on",
        },
    )
    assert response.status_code == 200
    assert "doorgestuurd" in response.content.decode()
    assert "kees.helper" not in response.content.decode()
    [relayed] = mail.outbox
    assert relayed.to == ["mien.test@example.org"]
    assert relayed.reply_to == ["kees.helper@example.org"]
    assert "Ik kan vrijdag om tien uur langskomen." in relayed.body
    assert "kees.helper" not in relayed.body


def test_a_bad_reply_keeps_the_text_and_sends_nothing(tree_client, tree, admin_user):
    item, _ = published(tree_client, tree, admin_user)
    mail.outbox.clear()
    response = tree_client.post(
        item.url + "reageer/",
        {"reply-name": "Kees", "reply-email": "geen-adres", "reply-message": "Ik help graag!"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ik help graag!" in html and "e-mailadres" in html
    assert not mail.outbox


def test_extend_close_and_delete_through_the_secret_link(tree_client, tree, admin_user):
    item, link = published(tree_client, tree, admin_user)
    RequestPage.objects.filter(pk=item.pk).update(expires_at=timezone.localdate())
    tree_client.post(link, {"action": "extend"})
    item.refresh_from_db()
    assert item.expires_at == timezone.localdate() + datetime.timedelta(weeks=6)
    assert item.get_latest_revision().content["expires_at"] == item.expires_at.isoformat()
    tree_client.post(link, {"action": "close"})
    item.refresh_from_db()
    assert item.status == ItemStatus.HELPED and not item.live
    assert tree_client.get(item.url).status_code == 404
    assert Submitter.objects.get(page=item).closed_on == timezone.localdate()
    response = tree_client.post(link, {"action": "delete"})
    assert "verwijderd" in response.content.decode()
    assert not RequestPage.objects.filter(pk=item.pk).exists()
    assert not Submitter.objects.filter(email="mien.test@example.org").exists()
    assert tree_client.get(link).status_code == 404


def test_an_edit_of_a_live_item_goes_back_to_moderation(tree_client, tree, admin_user):
    item, link = published(tree_client, tree, admin_user)
    response = tree_client.post(
        link,
        {
            "action": "edit",
            "edit-category": item.category_id,
            "edit-wijk": item.wijk_id,
            "edit-title": "Boodschappen halen op zaterdag",
            "edit-description": item.description,
            "edit-when": "",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.live and item.title == "Boodschappen halen op vrijdag"  # old version stays
    assert WorkflowState.objects.active().for_instance(item).exists()
    approve(item, admin_user)
    item.refresh_from_db()
    assert item.title == "Boodschappen halen op zaterdag"


def test_reminder_a_week_before_expiry_then_expiry_unpublishes(tree_client, tree, admin_user):
    item, _ = published(tree_client, tree, admin_user)
    today = timezone.localdate()
    assert lifecycle.send_reminders(today) == 0
    mail.outbox.clear()
    reminder_day = item.expires_at - datetime.timedelta(days=7)
    assert lifecycle.send_reminders(reminder_day) == 1
    assert lifecycle.send_reminders(reminder_day) == 0  # once
    [reminder] = mail.outbox
    assert "verloopt binnenkort" in reminder.subject
    new_link = LINK_RE.search(reminder.body).group(1)
    assert tree_client.get(new_link).status_code == 200
    lifecycle.expire_items(item.expires_at)
    item.refresh_from_db()
    assert item.live  # still its last day
    assert lifecycle.expire_items(item.expires_at + datetime.timedelta(days=1)) >= 1
    item.refresh_from_db()
    assert not item.live
    assert Submitter.objects.get(page=item).closed_on == item.expires_at


def test_abuse_reports_hide_the_item_at_the_threshold(tree_client, tree, admin_user, settings):
    settings.AANBOD_ABUSE_THRESHOLD = 2
    item, _ = published(tree_client, tree, admin_user)
    assert item.pk in matching_page_ids(tree.site, "boodschappen vrijdag")
    url = item.url + "meld/"
    tree_client.post(url, {"report-reason": "spam"}, REMOTE_ADDR="10.1.1.1")
    tree_client.post(url, {"report-reason": "spam"}, REMOTE_ADDR="10.1.1.1")  # same reporter
    assert AbuseReport.objects.filter(page=item).count() == 1
    assert tree_client.get(item.url).status_code == 200
    response = tree_client.post(url, {"report-reason": ""}, REMOTE_ADDR="10.1.1.2")
    assert "Bedankt voor je melding" in response.content.decode()
    assert tree_client.get(item.url).status_code == 404
    assert item.pk not in matching_page_ids(tree.site, "boodschappen vrijdag")
    assert item.title not in tree_client.get(tree.marketplace.url).content.decode()
    # A moderator reviews: untick and publish.
    item.refresh_from_db()
    assert item.hidden_after_reports
    item.hidden_after_reports = False
    item.save_revision(user=admin_user).publish(user=admin_user)
    assert tree_client.get(item.url).status_code == 200
    assert not AbuseReport.objects.filter(reporter_hash__contains="10.1.1").exists()


def test_matches_are_shown_on_the_page_and_mailed_to_the_poster(tree_client, tree, admin_user):
    other_wijk = f.WijkPageFactory(parent=tree.gemeente, title="Maanwijk", postcodes="9995")
    far = f.OfferPageFactory(
        parent=tree.marketplace,
        wijk=other_wijk,
        category=tree.category,
        title="Ik ga elke vrijdag naar de supermarkt",
        description="Ik neem graag boodschappen mee voor een buurtgenoot.",
    )
    near = f.OfferPageFactory(
        parent=tree.marketplace,
        wijk=tree.wijk,
        category=tree.category,
        title="Boodschappen doen voor u",
        description="Ik doe wekelijks boodschappen en help graag.",
    )
    unrelated = f.OfferPageFactory(
        parent=tree.marketplace,
        wijk=tree.wijk,
        category=tree.category,
        title="Hulp met de computer",
        description="Ik leg uit hoe de laptop en DigiD werken.",
    )
    item, _ = published(tree_client, tree, admin_user)
    approved = mail.outbox[-1]
    assert near.title in approved.body and far.title in approved.body
    assert approved.body.index(near.title) < approved.body.index(far.title)
    html = tree_client.get(item.url).content.decode()
    assert "Aanbod dat hierbij past" in html
    assert html.index(near.title) < html.index(far.title)
    assert unrelated.title not in html
    # And the reverse: the offer shows the request.
    assert item.title in tree_client.get(near.url).content.decode()


def test_subscription_double_opt_in_digest_and_one_click_unsubscribe(tree_client, tree, admin_user):
    mail.outbox.clear()
    response = tree_client.post(
        tree.marketplace.url + "abonneren/",
        {
            "sub-email": "abonnee@example.org",
            "sub-kind": "vraag",
            "sub-wijk": tree.wijk.pk,
            "sub-category": "",
            "sub-frequency": "daily",
            "sub-consent": "on",
        },
    )
    assert response.status_code == 200
    subscription = Subscription.objects.get(email="abonnee@example.org")
    assert subscription.confirmed_at is None
    confirm = re.search(r"https?://[^/\s]+(/\S+/abonnement/\S+/)", mail.outbox[-1].body).group(1)
    assert tree_client.get(confirm).status_code == 200
    assert Subscription.objects.get().confirmed_at is None  # GET only asks
    tree_client.post(confirm)
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None
    Subscription.objects.update(last_sent_at=timezone.now() - datetime.timedelta(days=2))
    item, _ = published(tree_client, tree, admin_user)
    mail.outbox.clear()
    assert subscriptions.send_digests("weekly") == 0
    assert subscriptions.send_digests("daily") == 1
    [digest] = mail.outbox
    assert digest.to == ["abonnee@example.org"] and item.title in digest.body
    assert "/vraag-en-aanbod/afmelden/" in digest.extra_headers["List-Unsubscribe"]
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert subscriptions.send_digests("daily") == 0  # not due again yet
    unsubscribe = re.search(r"https?://[^/\s]+(/vraag-en-aanbod/afmelden/\S+/)", digest.body)
    # RFC 8058 one-click POST, no CSRF token
    response = tree_client.post(unsubscribe.group(1), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscription.objects.exists()
    assert tree_client.get("/vraag-en-aanbod/afmelden/forged/").status_code == 404


def test_unconfirmed_subscriptions_are_deleted_after_48_hours(tree):
    Subscription.objects.create(
        email="x@example.org", kind="vraag", wijk=tree.wijk, token_hash="h" * 64
    )
    later = timezone.now() + datetime.timedelta(hours=49)
    assert subscriptions.purge_unconfirmed(now=later) == 1


def test_daily_command_runs_the_whole_schedule(tree_client, tree, admin_user):
    item, _ = published(tree_client, tree, admin_user)
    RequestPage.objects.filter(pk=item.pk).update(
        expires_at=timezone.localdate() - datetime.timedelta(days=1)
    )
    call_command("marketplace_daily", verbosity=0)
    item.refresh_from_db()
    assert not item.live


def _items(tree, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        f.RequestPageFactory(
            parent=tree.marketplace,
            wijk=tree.wijk,
            category=tree.category,
            title=f"Boodschappen nummer {n}",
            description="Wie doet boodschappen bij de supermarkt?",
        )
        f.OfferPageFactory(
            parent=tree.marketplace,
            wijk=tree.wijk,
            category=tree.category,
            title=f"Ik doe boodschappen {n}",
            description="Ik ga naar de supermarkt en neem boodschappen mee.",
        )


def test_marketplace_and_item_pages_do_not_grow_in_queries(
    tree_client, tree, django_assert_max_num_queries
):
    _items(tree, 3)
    tree_client.get(tree.marketplace.url)
    item = RequestPage.objects.child_of(tree.marketplace).last()
    tree_client.get(item.url)
    with django_assert_max_num_queries(45) as small_market:
        tree_client.get(tree.marketplace.url)
    with django_assert_max_num_queries(45) as small_item:
        tree_client.get(item.url)
    _items(tree, 30, start=3)
    with django_assert_max_num_queries(len(small_market.captured_queries)):
        html = tree_client.get(tree.marketplace.url).content.decode()
    assert "Boodschappen nummer 32" in html
    with django_assert_max_num_queries(len(small_item.captured_queries)):
        html = tree_client.get(item.url).content.decode()
    assert "Ik doe boodschappen" in html
