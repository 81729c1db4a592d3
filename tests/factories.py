"""wagtail-factories for every page type; create pages with ``Factory(parent=...)``."""

import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Locale

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from aanbod import models as aanbod
from home import models as home
from wijken import models as wijken

TZ = ZoneInfo("Europe/Amsterdam")


class LocaleDefault(factory.LazyFunction):
    def __init__(self):
        super().__init__(lambda: Locale.objects.get(language_code="nl"))


class CategoryFactory(DjangoModelFactory):
    class Meta:
        model = aanbod.Category
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Categorie {n}")
    slug = factory.Sequence(lambda n: f"categorie-{n}")
    locale = LocaleDefault()


class TargetGroupFactory(DjangoModelFactory):
    class Meta:
        model = aanbod.TargetGroup
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.Sequence(lambda n: f"doelgroep-{n}")
    locale = LocaleDefault()


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = home.HomePage

    title = factory.Sequence(lambda n: f"Wijkportaal Testregio {n}")
    region_name = "Testregio"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = home.StandardPage

    title = "Over ons"
    intro = "Wie we zijn."


class GemeentePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = wijken.GemeentePage

    title = factory.Sequence(lambda n: f"Gemeente {n}")
    rollout_phase = "live"


class WijkPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = wijken.WijkPage

    title = factory.Sequence(lambda n: f"Wijk {n}")
    rollout_phase = "live"
    postcodes = "6131"
    wijkteam_name = "Sociaal wijkteam"


class OntwikkelingIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = wijken.OntwikkelingIndexPage

    title = "Ontwikkelingen"


class OntwikkelingPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = wijken.OntwikkelingPage

    title = factory.Sequence(lambda n: f"Ontwikkeling {n}")
    date = datetime.date(2026, 10, 1)
    intro = "Een ontwikkeling in de gemeente."


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.OrganisationIndexPage

    title = "Organisaties"


class OrganisationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.OrganisationPage

    title = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = "welzijn"
    intro = "Een organisatie in de wijk."


class ServicePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.ServicePage

    title = factory.Sequence(lambda n: f"Dienst {n}")
    intro = "Een dienst."


class ActivityPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.ActivityPage

    title = factory.Sequence(lambda n: f"Activiteit {n}")
    intro = "Samen koffie drinken."
    start = datetime.datetime(2026, 1, 6, 10, 0, tzinfo=TZ)
    end = datetime.datetime(2026, 1, 6, 12, 0, tzinfo=TZ)
    recurrence = "FREQ=WEEKLY;BYDAY=TU"


class MarketplacePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.MarketplacePage

    title = "Vraag en aanbod"


class RequestPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.RequestPage

    title = factory.Sequence(lambda n: f"Hulpvraag {n}")
    category = factory.SubFactory(CategoryFactory)
    description = "Wie helpt mij met boodschappen?"
    first_name = "Annie"


class OfferPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = aanbod.OfferPage

    title = factory.Sequence(lambda n: f"Hulpaanbod {n}")
    category = factory.SubFactory(CategoryFactory)
    description = "Ik doe graag boodschappen voor een buur."
    first_name = "Jos"
