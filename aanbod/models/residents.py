"""Residents' private records beside the marketplace: abuse reports and subscriptions.

None of these is a page or part of one; none is indexed or exposed by an API.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AbuseReport(models.Model):
    """One "meld misbruik" on a request or offer; the reporter is kept only as a hash."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="abuse_reports"
    )
    reporter_hash = models.CharField(max_length=64)
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("melding van misbruik")
        verbose_name_plural = _("meldingen van misbruik")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "reporter_hash"], name="one_report_per_reporter"
            )
        ]

    def __str__(self) -> str:
        return f"Report #{self.pk} on page {self.page_id}"


class SubscriptionKind(models.TextChoices):
    """What a subscriber wants to hear about."""

    REQUESTS = "vraag", _("Nieuwe vragen")
    OFFERS = "aanbod", _("Nieuw aanbod")


class SubscriptionFrequency(models.TextChoices):
    """How often a digest is sent."""

    DAILY = "daily", _("Dagelijks")
    WEEKLY = "weekly", _("Wekelijks")


class Subscription(models.Model):
    """A resident's alert for new requests or offers in a wijk (and category), by double opt-in."""

    email = models.EmailField()
    kind = models.CharField(max_length=10, choices=SubscriptionKind.choices)
    wijk = models.ForeignKey("wijken.WijkPage", on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey(
        "aanbod.Category", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    frequency = models.CharField(
        max_length=10, choices=SubscriptionFrequency.choices, default=SubscriptionFrequency.WEEKLY
    )
    language = models.CharField(max_length=8, default="nl")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("abonnement")
        verbose_name_plural = _("abonnementen")

    def __str__(self) -> str:
        return f"Subscription #{self.pk}"
