"""Signal handlers of the aanbod app (connected in AanbodConfig.ready)."""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.signals import page_published, page_unpublished, workflow_approved, workflow_rejected

from aanbod.agenda import table
from aanbod.models import ActivityExceptionDate, ActivityPage, OrganisationPage, ServicePage

FRESHNESS_MODELS = (OrganisationPage, ServicePage, ActivityPage)
SCHEDULE_FIELDS = {"start", "end", "recurrence", "series_end", "live"}


def stamp_confirmed(sender, instance, **kwargs):
    """Publishing a page confirms it is current: record the moment (without a new revision)."""
    now = timezone.now()
    sender.objects.filter(pk=instance.pk).update(last_confirmed_at=now)
    instance.last_confirmed_at = now


def occurrences_published(sender, instance, **kwargs):
    """Publishing an activity (its live revision) rebuilds its rows in the occurrence table."""
    table.rebuild(instance.pk)


def occurrences_unpublished(sender, instance, **kwargs):
    """An unpublished activity has no dates in the occurrence table."""
    table.remove(instance.pk)


def occurrences_saved(sender, instance, update_fields=None, **kwargs):
    """A save that touches the schedule or the live flag (not a draft revision) rebuilds."""
    if update_fields is None or SCHEDULE_FIELDS & set(update_fields):
        table.rebuild(instance.pk)


def exception_date_saved(sender, instance, **kwargs):
    """A new or changed exception date rebuilds its activity's rows."""
    table.rebuild(instance.page_id)


def exception_date_deleted(sender, instance, origin=None, **kwargs):
    """A removed exception date rebuilds its activity, unless the activity itself is deleted."""
    removed_itself = isinstance(origin, ActivityExceptionDate) or (
        isinstance(origin, QuerySet) and origin.model is ActivityExceptionDate
    )
    if removed_itself:
        table.rebuild(instance.page_id)


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
    page_published.connect(
        occurrences_published, sender=ActivityPage, dispatch_uid="occurrences_published"
    )
    page_unpublished.connect(
        occurrences_unpublished, sender=ActivityPage, dispatch_uid="occurrences_unpublished"
    )
    post_save.connect(occurrences_saved, sender=ActivityPage, dispatch_uid="occurrences_saved")
    post_save.connect(
        exception_date_saved, sender=ActivityExceptionDate, dispatch_uid="exception_date_saved"
    )
    post_delete.connect(
        exception_date_deleted, sender=ActivityExceptionDate, dispatch_uid="exception_date_deleted"
    )
    workflow_approved.connect(approved, dispatch_uid="aanbod_workflow_approved")
    workflow_rejected.connect(rejected, dispatch_uid="aanbod_workflow_rejected")
