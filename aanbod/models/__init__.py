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
    FreshnessReminder,
    OrganisationIndexPage,
    OrganisationKind,
    OrganisationPage,
    ReviewMode,
    ServicePage,
)
from .taxonomy import Category, TargetGroup

__all__ = [
    "ActivityExceptionDate",
    "ActivityPage",
    "Category",
    "FreshnessReminder",
    "ItemStatus",
    "MarketplacePage",
    "OfferPage",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "Registration",
    "RequestPage",
    "ReviewMode",
    "ServicePage",
    "Submitter",
    "TargetGroup",
]
