"""Aanbod models, re-exported from their modules."""

from aanbod.models.activities import (
    ActivityExceptionDate,
    ActivityOccurrence,
    ActivityPage,
    OccurrenceHorizon,
    Registration,
)
from aanbod.models.marketplace import ItemStatus, MarketplacePage, OfferPage, RequestPage, Submitter
from aanbod.models.organisations import (
    CalendarFeed,
    FreshnessReminder,
    OrganisationIndexPage,
    OrganisationKind,
    OrganisationPage,
    ReviewMode,
    ServicePage,
)
from aanbod.models.residents import (
    AbuseReport,
    Subscription,
    SubscriptionFrequency,
    SubscriptionKind,
)
from aanbod.models.spreadsheets import SpreadsheetMapping, SpreadsheetUpload
from aanbod.models.taxonomy import Category, TargetGroup

__all__ = [
    "AbuseReport",
    "ActivityExceptionDate",
    "ActivityOccurrence",
    "ActivityPage",
    "CalendarFeed",
    "Category",
    "FreshnessReminder",
    "ItemStatus",
    "MarketplacePage",
    "OccurrenceHorizon",
    "OfferPage",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "Registration",
    "RequestPage",
    "ReviewMode",
    "ServicePage",
    "SpreadsheetMapping",
    "SpreadsheetUpload",
    "Submitter",
    "Subscription",
    "SubscriptionFrequency",
    "SubscriptionKind",
    "TargetGroup",
]
