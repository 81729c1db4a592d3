"""Signal handlers of the aanbod app (connected in AanbodConfig.ready)."""

from django.utils import timezone

from wagtail.signals import page_published, workflow_approved, workflow_rejected

from aanbod.models import ActivityPage, OrganisationPage, ServicePage

FRESHNESS_MODELS = (OrganisationPage, ServicePage, ActivityPage)


def stamp_confirmed(sender, instance, **kwargs):
    """Publishing a page confirms it is current: record the moment (without a new revision)."""
    now = timezone.now()
    sender.objects.filter(pk=instance.pk).update(last_confirmed_at=now)
    instance.last_confirmed_at = now


def sync_review_mode(sender, instance, **kwargs):
    """Apply an organisation's "publish directly / review by the region" to its group."""
    from aanbod.editorial.onboarding import ensure_organisation_access
    from wijken.onboarding import region_of

    if region_of(instance) is not None:
        ensure_organisation_access(instance)


def import_new_calendar(sender, instance, **kwargs):
    """A newly registered or changed calendar URL is fetched straight after publishing."""
    from django.db import transaction

    from aanbod.agenda.import_.tasks import import_calendar
    from aanbod.models import CalendarFeed

    if not instance.ical_url:
        return
    if CalendarFeed.objects.filter(organisation_id=instance.pk, url=instance.ical_url).exists():
        return
    transaction.on_commit(lambda: import_calendar.enqueue(instance.pk))


def _item(workflow_state):
    from aanbod.models import OfferPage, RequestPage

    page = workflow_state.content_object
    specific = getattr(page, "specific", page)
    return specific if isinstance(specific, (RequestPage, OfferPage)) else None


def approved(sender, instance, user=None, **kwargs):
    """The last moderation task approved: the item is live; tell the poster."""
    from aanbod.marketplace.lifecycle import on_approved

    item = _item(instance)
    if item is not None:
        on_approved(item)


def rejected(sender, instance, user=None, **kwargs):
    """A moderator asked for changes: send the poster the reason."""
    from aanbod.marketplace.lifecycle import on_rejected

    item = _item(instance)
    if item is None:
        return
    task_state = instance.current_task_state
    reason = (task_state.get_comment() if task_state else "") or ""
    on_rejected(item, reason)


def connect() -> None:
    """Connect the handlers."""
    for model in FRESHNESS_MODELS:
        page_published.connect(
            stamp_confirmed, sender=model, dispatch_uid=f"fresh_{model.__name__}"
        )
    page_published.connect(
        sync_review_mode, sender=OrganisationPage, dispatch_uid="organisation_review_mode"
    )
    page_published.connect(
        import_new_calendar, sender=OrganisationPage, dispatch_uid="organisation_calendar"
    )
    workflow_approved.connect(approved, dispatch_uid="aanbod_workflow_approved")
    workflow_rejected.connect(rejected, dispatch_uid="aanbod_workflow_rejected")
