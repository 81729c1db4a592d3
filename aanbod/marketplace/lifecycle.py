"""The life of a resident's request or offer: post, confirm, moderate, publish, remind,
expire, close and erase. Views, signals, tasks and commands all call these functions."""

import datetime
import logging
import secrets

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.text import slugify

from wagtail.models import Revision, Workflow, WorkflowState

from aanbod import conf
from aanbod.models import ItemStatus, OfferPage, RequestPage, Submitter
from home.links import page_url
from outbox.mail import queue_mail
from outbox.models import OutboxMessage

logger = logging.getLogger(__name__)
ITEM_MODELS = (RequestPage, OfferPage)


# --- links -------------------------------------------------------------------------------


def manage_url(marketplace, token: str, request=None) -> str:
    """The absolute secret link to manage an item."""
    return page_url(marketplace, request, marketplace.reverse_subpage("manage_route", args=[token]))


def _mail_context(submitter: Submitter, item, token: str | None, request=None) -> dict:
    marketplace = item.get_parent().specific
    return {
        "first_name": submitter.name,
        "item": item,
        "kind": item.kind,
        "item_url": page_url(item, request) if item.live else "",
        "manage_url": manage_url(marketplace, token, request) if token else "",
        "expires_at": item.expires_at,
    }


def _rotate_token(submitter: Submitter) -> str:
    """A fresh secret link for a new mail (the earlier link stops working)."""
    token = submitter.issue_token()
    submitter.save(update_fields=["token_hash"])
    return token


# --- posting and confirming --------------------------------------------------------------


@transaction.atomic
def create_submission(marketplace, data: dict, request=None) -> Submitter:
    """Store a draft request/offer and its private Submitter; mail the confirmation link."""
    model = RequestPage if data["kind"] == "vraag" else OfferPage
    item = model(
        title=data["title"],
        slug=f"{slugify(data['title'])[:60] or data['kind']}-{secrets.token_hex(3)}",
        category=data["category"],
        wijk=data["wijk"],
        description=data["description"],
        when=data.get("when", ""),
        first_name=data["first_name"],
        live=False,
        has_unpublished_changes=True,
    )
    marketplace.add_child(instance=item)
    item.save_revision(log_action=False)
    submitter = Submitter(
        page=item,
        name=data["first_name"],
        email=data["email"],
        phone=data.get("phone", ""),
        language=translation.get_language() or "nl",
    )
    token = submitter.issue_token()
    submitter.save()
    context = _mail_context(submitter, item, token, request)
    queue_mail(submitter.email, "confirm", context, submitter.language)
    return submitter


def confirm(submitter: Submitter) -> bool:
    """Confirm a submission and start moderation; False when it was confirmed before."""
    with transaction.atomic():
        fresh = Submitter.objects.select_for_update().get(pk=submitter.pk)
        if fresh.confirmed_at:
            return False
        fresh.confirmed_at = timezone.now()
        fresh.save(update_fields=["confirmed_at"])
        submitter.confirmed_at = fresh.confirmed_at
        start_moderation(submitter.page.specific)
    return True


def start_moderation(item) -> None:
    """Put the item's latest revision into its gemeente's workflow (a fresh one if needed)."""
    for state in WorkflowState.objects.active().for_instance(item):
        state.cancel(user=None)
    workflow = item.get_workflow() or fallback_workflow()
    if workflow is None:
        logger.warning("No moderation workflow applies to page %s; it stays a draft.", item.pk)
        return
    workflow.start(item, user=None)


def fallback_workflow():
    """Wagtail's default workflow, for an item whose gemeente has no moderation workflow yet."""
    name = getattr(settings, "AANBOD_FALLBACK_WORKFLOW", "Moderators approval")
    return Workflow.objects.filter(active=True, name=name).first()


# --- moderation outcomes (connected in signals.py) ---------------------------------------


def on_approved(item) -> None:
    """Mail the poster that the item is online, with the best matches and a fresh link."""
    from aanbod.marketplace.matching import matches_for

    submitter = Submitter.objects.filter(page=item).first()
    if submitter is None:
        return
    item = type(item).objects.get(pk=item.pk)
    context = _mail_context(submitter, item, _rotate_token(submitter))
    context["matches"] = [
        {"title": m.title, "url": page_url(m)} for m in matches_for(item, limit=3)
    ]
    queue_mail(submitter.email, "approved", context, submitter.language)


def on_rejected(item, reason: str) -> None:
    """Mail the poster the moderator's reason, with a link to change and resubmit."""
    submitter = Submitter.objects.filter(page=item).first()
    if submitter is None:
        return
    context = _mail_context(submitter, item, _rotate_token(submitter))
    context["reason"] = reason
    queue_mail(submitter.email, "rejected", context, submitter.language)
    # Not changed and resubmitted: erased like a closed item.
    submitter.closed_on = timezone.localdate()
    submitter.save(update_fields=["closed_on"])


# --- what the secret link allows ---------------------------------------------------------


@transaction.atomic
def edit(submitter: Submitter, data: dict) -> None:
    """Save the resident's changes as a new revision and send it back to moderation."""
    item = submitter.page.specific.get_latest_revision_as_object()
    for name in ("category", "wijk", "title", "description", "when"):
        setattr(item, name, data[name])
    item.save_revision(log_action=False)
    if submitter.closed_on and item.status == ItemStatus.OPEN:
        Submitter.objects.filter(pk=submitter.pk).update(closed_on=None)
    if submitter.confirmed_at:
        start_moderation(submitter.page.specific)


def _set_everywhere(item, **fields) -> None:
    """Change fields on the page and in all its revisions (so no publish brings old values back)."""
    for name, value in fields.items():
        setattr(item, name, value)
    item.save(clean=False, update_fields=[*fields, "live"])  # "live": re-index the search table
    stored = {k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in fields.items()}
    for revision in Revision.objects.for_instance(item):
        revision.content.update(stored)
        revision.save(update_fields=["content"])


def extend(submitter: Submitter) -> datetime.date:
    """Keep a published item online for another lifetime from today."""
    item = submitter.page.specific
    new_date = max(item.expires_at or timezone.localdate(), timezone.localdate())
    new_date = max(new_date, timezone.localdate() + conf.item_lifetime())
    _set_everywhere(item, expires_at=new_date)
    Submitter.objects.filter(pk=submitter.pk).update(reminded_for=None)
    return new_date


def close(submitter: Submitter, status: str = ItemStatus.HELPED) -> None:
    """Close as "geholpen": off the site; the resident's data is erased later."""
    item = submitter.page.specific
    for state in WorkflowState.objects.active().for_instance(item):
        state.cancel(user=None)  # nothing left for the moderator to approve
    _set_everywhere(item, status=status)
    if item.live:
        item.unpublish(log_action=True)
    submitter.closed_on = timezone.localdate()
    submitter.save(update_fields=["closed_on"])


def delete_now(submitter: Submitter) -> None:
    """The resident's request: delete the item and erase their data at once."""
    with transaction.atomic():
        page = submitter.page.specific
        _forget_mail_to(submitter.email)
        submitter.delete()
        for state in WorkflowState.objects.active().for_instance(page):
            state.cancel(user=None)
        page.delete()


# --- scheduled work ------------------------------------------------------------------------


def purge_unconfirmed(now=None) -> int:
    """Delete submissions not confirmed within 48 hours (draft page and Submitter)."""
    cutoff = (now or timezone.now()) - conf.unconfirmed_lifetime()
    stale = Submitter.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    count = 0
    for submitter in stale.select_related("page"):
        delete_now(submitter)
        count += 1
    return count


def send_reminders(today=None) -> int:
    """Remind posters a week before their item expires (once per expiry date)."""
    today = today or timezone.localdate()
    count = 0
    for model in ITEM_MODELS:
        due = model.objects.live().filter(
            status=ItemStatus.OPEN,
            expires_at__gte=today,
            expires_at__lte=today + conf.reminder_before(),
        )
        for item in due:
            submitter = Submitter.objects.filter(page=item, confirmed_at__isnull=False).first()
            if submitter is None or submitter.reminded_for == item.expires_at:
                continue
            context = _mail_context(submitter, item, _rotate_token(submitter))
            queue_mail(submitter.email, "reminder", context, submitter.language)
            submitter.reminded_for = item.expires_at
            submitter.save(update_fields=["reminded_for"])
            count += 1
    return count


def expire_items(today=None) -> int:
    """Unpublish items past their expiry date."""
    today = today or timezone.localdate()
    count = 0
    for model in ITEM_MODELS:
        for item in model.objects.live().filter(expires_at__lt=today):
            item.unpublish(log_action=True)
            Submitter.objects.filter(page=item, closed_on__isnull=True).update(
                closed_on=item.expires_at
            )
            count += 1
    return count


def erase(submitter: Submitter) -> None:
    """Erase a resident's data: the Submitter, their first name on the page and in revisions,
    and any mail still waiting for them."""
    with transaction.atomic():
        item = submitter.page.specific
        _forget_mail_to(submitter.email)
        submitter.delete()
        if item.live:
            item.unpublish(log_action=True)
        _set_everywhere(item, first_name="")


def _forget_mail_to(email: str) -> None:
    OutboxMessage.objects.filter(to__iexact=email).delete()
    OutboxMessage.objects.filter(reply_to__iexact=email).delete()


def purge_personal_data(today=None) -> int:
    """Erase what is due: 30 days after expiry or closing; unconfirmed after 48 hours."""
    today = today or timezone.localdate()
    cutoff = today - conf.erase_after()
    count = purge_unconfirmed()
    due = Submitter.objects.filter(
        Q(closed_on__lte=cutoff)
        | Q(page__in=RequestPage.objects.filter(expires_at__lte=cutoff).values("pk"))
        | Q(page__in=OfferPage.objects.filter(expires_at__lte=cutoff).values("pk"))
    )
    for submitter in due.select_related("page"):
        erase(submitter)
        count += 1
    return count


def run_maintenance() -> dict:
    """Everything the daily schedule does, in order."""
    return {
        "expired": expire_items(),
        "reminded": send_reminders(),
        "erased": purge_personal_data(),
        "unconfirmed_subscriptions": _purge_subscriptions(),
    }


def hide_after_reports(item) -> None:
    """Hide a reported item until a moderator reviews it (unticks the box and publishes)."""
    if not item.hidden_after_reports:
        _set_everywhere(item, hidden_after_reports=True)
        logger.info("Page %s hidden after abuse reports", item.pk)


def _purge_subscriptions() -> int:
    from aanbod.marketplace.subscriptions import purge_unconfirmed as purge

    return purge()
