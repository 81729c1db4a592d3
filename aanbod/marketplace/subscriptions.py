"""Alerts for new requests or offers in a wijk: double opt-in, digests, unsubscribe.

Unsubscribing changes nothing on a GET (mail scanners follow links): the link shows a button
that POSTs, and mail clients use the RFC 8058 one-click POST (``List-Unsubscribe-Post``).
"""

import datetime
import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from aanbod.models import Subscription, SubscriptionFrequency
from aanbod.models.marketplace import hash_token
from aanbod.visibility import visible_offers, visible_requests
from home.links import page_url
from outbox.mail import queue_mail

UNSUBSCRIBE_SALT = "aanbod.unsubscribe"
PERIOD = {
    SubscriptionFrequency.DAILY: datetime.timedelta(days=1),
    SubscriptionFrequency.WEEKLY: datetime.timedelta(days=7),
}


def unsubscribe_token(subscription: Subscription) -> str:
    """A signed, non-expiring token for the one-click unsubscribe link."""
    return signing.dumps(subscription.pk, salt=UNSUBSCRIBE_SALT)


def _marketplace_for(subscription: Subscription):
    from aanbod.models import MarketplacePage

    return MarketplacePage.objects.child_of(subscription.wijk.get_parent()).first()


def unsubscribe_url(subscription: Subscription) -> str:
    """The absolute unsubscribe link (outside the page tree, so mail clients may POST to it)."""
    marketplace = _marketplace_for(subscription)
    root = marketplace.get_site().root_url if marketplace else settings.WAGTAILADMIN_BASE_URL
    return root + reverse("aanbod_unsubscribe", args=[unsubscribe_token(subscription)])


@transaction.atomic
def create(marketplace, data: dict, request=None) -> Subscription:
    """Store an unconfirmed subscription and mail its confirmation link."""
    token = secrets.token_urlsafe(32)
    subscription = Subscription.objects.create(
        email=data["email"],
        kind=data["kind"],
        wijk=data["wijk"],
        category=data.get("category"),
        frequency=data["frequency"],
        language=translation.get_language() or "nl",
        token_hash=hash_token(token),
    )
    path = marketplace.reverse_subpage("subscription_route", args=[token])
    queue_mail(
        subscription.email,
        "subscription_confirm",
        {"subscription": subscription, "confirm_url": page_url(marketplace, request, path)},
        subscription.language,
    )
    return subscription


def for_token(token: str) -> Subscription | None:
    """The subscription whose confirmation token this is."""
    if not token or len(token) > 100:
        return None
    return Subscription.objects.filter(token_hash=hash_token(token)).first()


def confirm(subscription: Subscription) -> None:
    """Confirm (idempotent): digests start from now."""
    if not subscription.confirmed_at:
        subscription.confirmed_at = timezone.now()
        subscription.last_sent_at = subscription.confirmed_at
        subscription.save(update_fields=["confirmed_at", "last_sent_at"])


def unsubscribe_target(token: str) -> int | None:
    """The subscription id a signed unsubscribe link names (None for a forged link)."""
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None


def unsubscribe(token: str) -> bool:
    """Delete the subscription behind a signed link; False for a forged or unknown link."""
    pk = unsubscribe_target(token)
    if pk is None:
        return False
    Subscription.objects.filter(pk=pk).delete()
    return True


def purge_unconfirmed(now=None) -> int:
    """Delete subscriptions not confirmed within 48 hours."""
    from aanbod import conf

    cutoff = (now or timezone.now()) - conf.unconfirmed_lifetime()
    deleted, _ = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted


def new_items(subscription: Subscription, since) -> list:
    """Visible items of the subscribed kind, wijk and category published after ``since``."""
    items = visible_requests() if subscription.kind == "vraag" else visible_offers()
    items = items.filter(wijk_id=subscription.wijk_id, first_published_at__gt=since)
    if subscription.category_id:
        items = items.filter(category_id=subscription.category_id)
    return list(items.order_by("first_published_at")[:50])


def send_digests(frequency: str, now=None) -> int:
    """Mail every due subscriber of this frequency the new items since their last digest."""
    now = now or timezone.now()
    due = Subscription.objects.filter(
        frequency=frequency,
        confirmed_at__isnull=False,
        last_sent_at__lte=now - PERIOD[frequency] + datetime.timedelta(minutes=5),
    ).select_related("wijk", "category")
    sent = 0
    for subscription in due:
        items = new_items(subscription, subscription.last_sent_at)
        if items:
            link = unsubscribe_url(subscription)
            queue_mail(
                subscription.email,
                "subscription_digest",
                {
                    "subscription": subscription,
                    "items": [{"title": i.title, "url": page_url(i)} for i in items],
                    "unsubscribe_url": link,
                },
                subscription.language,
                headers={
                    "List-Unsubscribe": f"<{link}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            sent += 1
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
    return sent
