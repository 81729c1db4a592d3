"""The sociale kaart: partner organisations and the services they offer."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from aanbod.models.base import AddressFields, FreshnessFields, ServesWijkenMixin
from aanbod.panels import CalendarFeedStatusPanel
from aanbod.serializers import TermListField
from home.api import ImageRenditionsField
from home.blocks import BodyBlock
from home.images import ListingImageFields, listing_image_prefetch
from home.models import ContactFields, PublicVisibilityMixin
from home.readability_panel import ReadabilityPanel

ICAL_URL_MESSAGE = _("Geef een volledig webadres op dat begint met http:// of https://.")
ical_url_validator = URLValidator(schemes=["http", "https"], message=ICAL_URL_MESSAGE)


class CalendarURLFormField(forms.URLField):
    """A URL the editor typed in full: no scheme guessed, one clear message for every mistake."""

    default_error_messages = {"invalid": ICAL_URL_MESSAGE}

    def to_python(self, value):
        """Refuse an address without http:// or https:// instead of prefixing one."""
        value = (value or "").strip()
        if value and not value.lower().startswith(("http://", "https://")):
            raise ValidationError(ICAL_URL_MESSAGE, code="invalid")
        return super().to_python(value)


class CalendarURLField(models.URLField):
    """An http(s) URL of an iCal feed."""

    default_validators = [ical_url_validator]

    def formfield(self, **kwargs):
        """The strict form field above."""
        return super().formfield(**{"form_class": CalendarURLFormField, **kwargs})


class OrganisationKind(models.TextChoices):
    """What sort of organisation a partner is."""

    ZORG = "zorg", _("Zorg")
    WELZIJN = "welzijn", _("Welzijn")
    WONEN = "wonen", _("Wonen")
    VERENIGING = "vereniging", _("Vereniging")
    BEDRIJF = "bedrijf", _("Bedrijf")
    GEMEENTE = "gemeente", _("Gemeente")
    BEWONERSINITIATIEF = "bewonersinitiatief", _("Bewonersinitiatief")


class OrganisationIndexPage(PublicVisibilityMixin, Page):
    """The region's list of partner organisations ("Organisaties")."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["home.HomePage"]
    subpage_types = ["aanbod.OrganisationPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("overzicht organisaties")
        verbose_name_plural = _("overzichten organisaties")

    def get_context(self, request, *args, **kwargs):
        """Add the visible organisations, alphabetically."""
        from aanbod.visibility import visible_organisations

        context = super().get_context(request, *args, **kwargs)
        organisations = visible_organisations().descendant_of(self).order_by("title")
        context["organisations"] = organisations.prefetch_related(listing_image_prefetch())
        return context


class ReviewMode(models.TextChoices):
    """Whether an organisation's editors publish themselves or the region reviews first."""

    DIRECT = "direct", _("Direct publiceren")
    REGION = "region", _("Beoordeling door de regio")


class OrganisationPage(
    ListingImageFields, ServesWijkenMixin, FreshnessFields, AddressFields, ContactFields, Page
):
    """A partner organisation: who they are, how to reach them, the wijken they serve."""

    kind = models.CharField(_("soort"), max_length=24, choices=OrganisationKind.choices)
    intro = models.TextField(_("korte omschrijving"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    wijken = ParentalManyToManyField(
        "wijken.WijkPage", blank=True, related_name="organisations", verbose_name=_("wijken")
    )
    review_mode = models.CharField(
        _("publiceren"),
        max_length=8,
        choices=ReviewMode.choices,
        default=ReviewMode.DIRECT,
        help_text=_(
            "Direct: de redacteuren van de organisatie publiceren zelf. "
            "Beoordeling: de regiobeheerders keuren eerst goed."
        ),
    )
    ical_url = CalendarURLField(
        _("agenda-adres (iCal)"),
        max_length=500,
        blank=True,
        help_text=_(
            "Het webadres van jullie eigen agenda als iCal-feed (.ics), bijv. uit Google Agenda "
            "of Outlook. Na publiceren haalt het portaal de activiteiten regelmatig op en zet ze "
            "hier als activiteiten. Wat in de feed staat, wint: pas titel, tijden en locatie "
            "in je eigen agenda aan."
        ),
    )

    parent_page_types = ["aanbod.OrganisationIndexPage"]
    subpage_types = ["aanbod.ServicePage", "aanbod.ActivityPage"]

    content_panels = [
        *Page.content_panels,
        "kind",
        "intro",
        "logo",
        *ListingImageFields.listing_image_panels,
        "body",
        ReadabilityPanel(),
        *AddressFields.address_panels,
        *ContactFields.contact_panels,
        *ServesWijkenMixin.wijken_panels,
        FieldPanel("review_mode", permission="aanbod.set_review_mode"),
        MultiFieldPanel(
            [FieldPanel("ical_url"), CalendarFeedStatusPanel()],
            heading=_("Agenda koppelen"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("intro"),
        APIField("body"),
        APIField("logo", serializer=ImageRenditionsField()),
        *ListingImageFields.listing_image_api_fields,
        *AddressFields.address_api_fields,
        *ContactFields.contact_api_fields,
        *ServesWijkenMixin.wijken_api_fields,
    ]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        permissions = [("set_review_mode", _("Kan kiezen: direct publiceren of beoordeling"))]

    def get_json_ld(self, request=None) -> dict:
        """schema.org Organization (see aanbod.structured_data)."""
        from aanbod.structured_data import organisation_json_ld

        return organisation_json_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        """Add the organisation's visible services and upcoming activities."""
        from aanbod.agenda.occurrences import next_per_activity
        from aanbod.visibility import upcoming_activities, visible_services

        context = super().get_context(request, *args, **kwargs)
        context["services"] = (
            visible_services()
            .child_of(self)
            .prefetch_related("categories", listing_image_prefetch())
            .order_by("title")
        )
        activities = upcoming_activities().child_of(self)
        context["upcoming"] = next_per_activity(activities, 50)
        context["served_wijken"] = self.visible_wijken()
        return context

    def visible_wijken(self):
        """The visible wijken this organisation serves."""
        from wijken.rollout import visible_wijken

        return self.wijken.filter(pk__in=visible_wijken().values("pk")).order_by("title")

    def calendar_import_status(self) -> tuple["CalendarFeed | None", int]:
        """The linked calendar's import state and how many imported activities are live."""
        if not self.pk:
            return None, 0
        feed = CalendarFeed.objects.filter(organisation_id=self.pk).first()
        from aanbod.models.activities import ActivityPage

        live = ActivityPage.objects.child_of(self).live().exclude(ical_uid="").count()
        return feed, live


class ServicePage(ListingImageFields, ServesWijkenMixin, FreshnessFields, Page):
    """A service an organisation offers: one entry on the sociale kaart."""

    intro = models.TextField(_("korte omschrijving"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    categories = ParentalManyToManyField(
        "aanbod.Category", blank=True, related_name="services", verbose_name=_("categorieën")
    )
    target_groups = ParentalManyToManyField(
        "aanbod.TargetGroup", blank=True, related_name="services", verbose_name=_("doelgroepen")
    )
    wijken = ParentalManyToManyField(
        "wijken.WijkPage", blank=True, related_name="services", verbose_name=_("wijken")
    )
    audience = models.CharField(_("voor wie"), max_length=255, blank=True)
    cost = models.CharField(_("kosten"), max_length=255, blank=True)
    how_to_apply = models.TextField(_("aanmelden"), blank=True, max_length=1000)
    opening_hours = models.TextField(_("openingstijden"), blank=True, max_length=500)

    parent_page_types = ["aanbod.OrganisationPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        "intro",
        *ListingImageFields.listing_image_panels,
        "body",
        ReadabilityPanel(fields=("intro", "body", "audience", "how_to_apply")),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        *ServesWijkenMixin.wijken_panels,
        "audience",
        "cost",
        "how_to_apply",
        "opening_hours",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.RelatedFields("categories", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("intro"),
        *ListingImageFields.listing_image_api_fields,
        APIField("body"),
        APIField("categories", serializer=TermListField()),
        APIField("target_groups", serializer=TermListField()),
        *ServesWijkenMixin.wijken_api_fields,
        APIField("audience"),
        APIField("cost"),
        APIField("how_to_apply"),
        APIField("opening_hours"),
    ]

    class Meta:
        verbose_name = _("dienst")
        verbose_name_plural = _("diensten")

    def get_organisation(self):
        """The organisation offering this service."""
        return OrganisationPage.objects.filter(path=self.path[: -self.steplen]).first()

    def get_json_ld(self, request=None) -> dict:
        """schema.org Service with its provider (see aanbod.structured_data)."""
        from aanbod.structured_data import service_json_ld

        return service_json_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        """Add the organisation and the visible wijken this service is for."""
        from wijken.rollout import visible_wijken

        context = super().get_context(request, *args, **kwargs)
        context["organisation"] = self.get_organisation()
        context["served_wijken"] = self.wijken.filter(
            pk__in=visible_wijken().values("pk")
        ).order_by("title")
        return context


class FreshnessReminder(models.Model):
    """When an organisation's editors last got the "verouderde inhoud" digest."""

    organisation = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="freshness_reminder"
    )
    sent_at = models.DateTimeField()
    item_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("herinnering verouderde inhoud")
        verbose_name_plural = _("herinneringen verouderde inhoud")

    def __str__(self) -> str:
        return f"Reminder for page {self.organisation_id} at {self.sent_at:%Y-%m-%d}"


class CalendarFeed(models.Model):
    """The import state of an organisation's iCal feed (kept out of page revisions)."""

    organisation = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="calendar_feed"
    )
    url = models.URLField(_("agenda-adres"), max_length=500)
    last_fetched_at = models.DateTimeField(_("laatst opgehaald"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("laatst gelukt"), null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(_("mislukt op rij"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)
    etag = models.CharField(max_length=255, blank=True)
    last_modified = models.CharField(max_length=64, blank=True)
    failure_notified_at = models.DateTimeField(null=True, blank=True)
    event_count = models.PositiveIntegerField(_("activiteiten in de feed"), default=0)
    skipped = models.JSONField(_("overgeslagen"), default=list, blank=True)
    removed_uids = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("gekoppelde agenda")
        verbose_name_plural = _("gekoppelde agenda's")

    def __str__(self) -> str:
        return f"Calendar feed of page {self.organisation_id}"

    @property
    def is_failing(self) -> bool:
        """Whether the last fetch went wrong."""
        return self.consecutive_failures > 0
