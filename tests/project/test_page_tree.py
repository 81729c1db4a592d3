"""The page tree of docs/architecture.md section 2 is enforced in code."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from aanbod.models import (
    ActivityPage,
    MarketplacePage,
    OfferPage,
    OrganisationIndexPage,
    OrganisationPage,
    RequestPage,
    ServicePage,
)
from home.models import HomePage, StandardPage
from wijken.models import GemeentePage, OntwikkelingIndexPage, OntwikkelingPage, WijkPage


class PageTreeRulesTests(WagtailPageTestCase):
    """Which page may live under which."""

    def test_region_home_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {GemeentePage, OrganisationIndexPage, StandardPage}
        )

    def test_gemeente_holds_wijken_ontwikkelingen_and_marketplace(self):
        self.assertAllowedParentPageTypes(GemeentePage, {HomePage})
        self.assertAllowedSubpageTypes(
            GemeentePage, {WijkPage, OntwikkelingIndexPage, MarketplacePage}
        )

    def test_wijk_is_a_leaf_under_its_gemeente(self):
        self.assertAllowedParentPageTypes(WijkPage, {GemeentePage})
        self.assertAllowedSubpageTypes(WijkPage, set())

    def test_ontwikkelingen(self):
        self.assertAllowedParentPageTypes(OntwikkelingIndexPage, {GemeentePage})
        self.assertAllowedSubpageTypes(OntwikkelingIndexPage, {OntwikkelingPage})
        self.assertAllowedSubpageTypes(OntwikkelingPage, set())

    def test_organisations_services_and_activities(self):
        self.assertAllowedParentPageTypes(OrganisationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OrganisationIndexPage, {OrganisationPage})
        self.assertAllowedSubpageTypes(OrganisationPage, {ServicePage, ActivityPage})
        self.assertAllowedParentPageTypes(ServicePage, {OrganisationPage})
        self.assertAllowedParentPageTypes(ActivityPage, {OrganisationPage})

    def test_requests_and_offers_live_in_the_gemeente_marketplace(self):
        self.assertAllowedParentPageTypes(MarketplacePage, {GemeentePage})
        self.assertAllowedSubpageTypes(MarketplacePage, {RequestPage, OfferPage})
        self.assertAllowedParentPageTypes(RequestPage, {MarketplacePage})
        self.assertAllowedParentPageTypes(OfferPage, {MarketplacePage})

    def test_standard_pages_under_the_region(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_an_activity_cannot_be_created_under_a_gemeente(self):
        self.assertCanNotCreateAt(GemeentePage, ActivityPage)
        self.assertCanCreateAt(OrganisationPage, ActivityPage)
