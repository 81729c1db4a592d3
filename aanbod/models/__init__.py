"""Aanbod models, re-exported from their modules."""

from .activities import ActivityExceptionDate, ActivityPage, Registration
from .marketplace import (
    ItemStatus,
    MarketplacePage,
    OfferPage,
    RequestPage,
    Submitter,
)
from .organisations import (
    CalendarFeed,
    FreshnessReminder,
    OrganisationIndexPage,
    OrganisationKind,
    OrganisationPage,
    ReviewMode,
    ServicePage,
)
from .residents import (
    AbuseReport,
    OutboxMessage,
    Subscription,
    SubscriptionFrequency,
    SubscriptionKind,
)
from .taxonomy import Category, TargetGroup

__all__ = [
    "AbuseReport",
    "ActivityExceptionDate",
    "ActivityPage",
    "CalendarFeed",
    "Category",
    "FreshnessReminder",
    "ItemStatus",
    "MarketplacePage",
    "OfferPage",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "OutboxMessage",
    "Registration",
    "RequestPage",
    "ReviewMode",
    "ServicePage",
    "Submitter",
    "Subscription",
    "SubscriptionFrequency",
    "SubscriptionKind",
    "TargetGroup",
]
