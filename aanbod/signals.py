"""Signal handlers of the aanbod app (connected in AanbodConfig.ready)."""

from django.utils import timezone

from wagtail.signals import page_published

from .models import ActivityPage, OrganisationPage, ServicePage

FRESHNESS_MODELS = (OrganisationPage, ServicePage, ActivityPage)


def stamp_confirmed(sender, instance, **kwargs):
    """Publishing a page confirms it is current: record the moment (without a new revision)."""
    now = timezone.now()
    sender.objects.filter(pk=instance.pk).update(last_confirmed_at=now)
    instance.last_confirmed_at = now


def sync_review_mode(sender, instance, **kwargs):
    """Apply an organisation's "publish directly / review by the region" to its group."""
    from wijken.onboarding import region_of

    from .onboarding import ensure_organisation_access

    if region_of(instance) is not None:
        ensure_organisation_access(instance)


def connect() -> None:
    """Connect the handlers."""
    for model in FRESHNESS_MODELS:
        page_published.connect(
            stamp_confirmed, sender=model, dispatch_uid=f"fresh_{model.__name__}"
        )
    page_published.connect(
        sync_review_mode, sender=OrganisationPage, dispatch_uid="organisation_review_mode"
    )
