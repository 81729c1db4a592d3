"""Aanbod models, re-exported from their modules."""

from .activities import ActivityExceptionDate, ActivityPage, Registration
from .marketplace import (
    ItemStatus,
    MarketplacePage,
    OfferPage,
    RequestPage,
    Submitter,
)
from .organisations import OrganisationIndexPage, OrganisationKind, OrganisationPage, ServicePage
from .taxonomy import Category, TargetGroup

__all__ = [
    "ActivityExceptionDate",
    "ActivityPage",
    "Category",
    "ItemStatus",
    "MarketplacePage",
    "OfferPage",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "Registration",
    "RequestPage",
    "ServicePage",
    "Submitter",
    "TargetGroup",
]
