"""Gemeenten, wijken and ontwikkelingen: the places a region's portal is about."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.date_inputs import DateFieldPanel
from home.images import (
    ListingImageFields,
    ListingImageSerializerField,
    listing_image_prefetch,
)
from home.links import absolute_url, page_url
from home.models import ContactFields, PublicVisibilityMixin
from home.readability_panel import ReadabilityPanel

from .phases import RolloutPhase
from .postcodes import parse_postcode_list


class RolloutFields(models.Model):
    """Phase set by hand plus the dates it moves to pilot and to live (see wijken.rollout)."""

    rollout_phase = models.CharField(
        _("fase"),
        max_length=16,
        choices=RolloutPhase.choices,
        default=RolloutPhase.PREPARATION,
        help_text=_("In voorbereiding is niet zichtbaar voor bewoners; pilot en live wel."),
    )
    pilot_date = models.DateField(
        _("pilot vanaf"), null=True, blank=True, help_text=_("Op deze datum start de pilot.")
    )
    live_date = models.DateField(
        _("live vanaf"), null=True, blank=True, help_text=_("Op deze datum gaat het live.")
    )

    rollout_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("rollout_phase"),
                        DateFieldPanel("pilot_date"),
                        DateFieldPanel("live_date"),
                    ]
                )
            ],
            heading=_("Uitrol"),
        )
    ]
    rollout_search_fields = [index.FilterField("rollout_phase")]
    rollout_api_fields = [
        APIField("rollout_phase"),
        APIField("effective_phase_value"),
        APIField("pilot_date"),
        APIField("live_date"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        """Refuse a live date before the pilot date."""
        from wijken import rollout

        super().clean()
        if rollout.live_before_pilot(self.pilot_date, self.live_date):
            raise ValidationError({"live_date": _("Live vanaf moet na de pilotdatum liggen.")})

    def get_rollout_phase(self, on=None) -> RolloutPhase:
        """The phase in force now (or on a given date)."""
        from wijken import rollout

        return rollout.effective_phase(self.rollout_phase, self.pilot_date, self.live_date, on)

    def get_next_phase_change(self, on=None):
        """(next phase, date) or None."""
        from wijken import rollout

        return rollout.next_phase_change(self.rollout_phase, self.pilot_date, self.live_date, on)

    @property
    def is_pilot(self) -> bool:
        """True while in the pilot phase (the public site shows a badge)."""
        return self.get_rollout_phase() == RolloutPhase.PILOT

    @property
    def phase_label(self) -> str:
        """The Dutch label of the phase in force."""
        return self.get_rollout_phase().label

    @property
    def effective_phase_value(self) -> str:
        """The phase in force as its stable value (for the API)."""
        return self.get_rollout_phase().value


class AgendaRouteMixin(RoutablePageMixin):
    """Adds ``agenda/`` below a gemeente or wijk: its activities' dates, filterable by day.

    The occurrences come from aanbod through the ``area_agenda`` template tag, so this app
    does not import the app above it.
    """

    @path("agenda/")
    def agenda(self, request):
        """The agenda of this gemeente or wijk (``?categorie=&van=&tot=&pagina=``)."""
        return self.render(request, template="wijken/agenda_page.html")

    def get_cached_paths(self) -> list[str]:
        """The page and its agenda, for the page cache's purge."""
        return ["/", "agenda/"]


class GemeentePage(PublicVisibilityMixin, AgendaRouteMixin, RolloutFields, ContactFields, Page):
    """A municipality in the region: its wijken, ontwikkelingen and vraag en aanbod."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    cbs_code = models.CharField(
        _("CBS-gemeentecode"), max_length=6, blank=True, help_text=_("Bijvoorbeeld GM1883.")
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["wijken.WijkPage", "wijken.OntwikkelingIndexPage", "aanbod.MarketplacePage"]

    content_panels = [
        *Page.content_panels,
        "intro",
        "body",
        ReadabilityPanel(),
        *RolloutFields.rollout_panels,
        *ContactFields.contact_panels,
        "cbs_code",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        *RolloutFields.rollout_search_fields,
    ]
    api_fields = [
        APIField("intro"),
        APIField("body"),
        *RolloutFields.rollout_api_fields,
        *ContactFields.contact_api_fields,
        APIField("cbs_code"),
    ]

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def is_publicly_visible(self) -> bool:
        """Visible when live and in pilot or live phase."""
        from wijken import rollout

        return rollout.visible_gemeenten().filter(pk=self.pk).exists()

    def get_context(self, request, *args, **kwargs):
        """Add the gemeente's visible wijken."""
        from wijken import rollout

        context = super().get_context(request, *args, **kwargs)
        context["wijken"] = rollout.visible_wijken().child_of(self).order_by("title")
        return context


class WijkPage(PublicVisibilityMixin, AgendaRouteMixin, RolloutFields, ContactFields, Page):
    """A neighbourhood: its postcodes, its sociaal wijkteam, and what is on offer there."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    postcodes = models.TextField(
        _("postcodes"),
        blank=True,
        help_text=_(
            "Viercijferige postcodes (6131) of volledige postcodes (6131 AB), met komma's."
        ),
    )
    wijkteam_name = models.CharField(_("naam wijkteam"), max_length=120, blank=True)
    wijkteam_address = models.CharField(_("bezoekadres wijkteam"), max_length=200, blank=True)
    wijkteam_hours = models.CharField(_("spreekuur wijkteam"), max_length=200, blank=True)

    parent_page_types = ["wijken.GemeentePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        "intro",
        "body",
        ReadabilityPanel(),
        *RolloutFields.rollout_panels,
        "postcodes",
        MultiFieldPanel(
            [
                FieldPanel("wijkteam_name"),
                FieldPanel("wijkteam_address"),
                FieldPanel("wijkteam_hours"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Sociaal wijkteam"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("postcodes"),
        *RolloutFields.rollout_search_fields,
    ]
    api_fields = [
        APIField("intro"),
        APIField("body"),
        *RolloutFields.rollout_api_fields,
        APIField("postcode_list"),
        APIField("wijkteam_name"),
        APIField("wijkteam_address"),
        APIField("wijkteam_hours"),
        *ContactFields.contact_api_fields,
    ]

    class Meta:
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")

    def clean(self):
        """Normalise the postcode list; reject anything that is not a Dutch postcode."""
        super().clean()
        codes, rejected = parse_postcode_list(self.postcodes)
        if rejected:
            raise ValidationError(
                {
                    "postcodes": _("Geen geldige postcode: %(items)s")
                    % {"items": ", ".join(rejected)}
                }
            )
        self.postcodes = ", ".join(codes)

    @property
    def postcode_list(self) -> list[str]:
        """The normalised postcodes this wijk covers."""
        return parse_postcode_list(self.postcodes)[0]

    def get_gemeente(self):
        """The gemeente this wijk belongs to."""
        return GemeentePage.objects.filter(path=self.path[: -self.steplen]).first()

    def is_publicly_visible(self) -> bool:
        """Visible when the wijk and its gemeente are in pilot or live."""
        from wijken import rollout

        return rollout.visible_wijken().filter(pk=self.pk).exists()


class GemeenteContentMixin(PublicVisibilityMixin):
    """For pages below a gemeente: visible only while that gemeente is."""

    def get_gemeente(self):
        """The gemeente above this page."""
        return GemeentePage.objects.ancestor_of(self).first()

    def is_publicly_visible(self) -> bool:
        """Visible while the gemeente above is visible."""
        from wijken import rollout

        return rollout.visible_gemeenten().ancestor_of(self).exists()


class OntwikkelingIndexPage(GemeenteContentMixin, Page):
    """The list of a gemeente's ontwikkelingen (news and developments)."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["wijken.GemeentePage"]
    subpage_types = ["wijken.OntwikkelingPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("overzicht ontwikkelingen")
        verbose_name_plural = _("overzichten ontwikkelingen")

    def get_context(self, request, *args, **kwargs):
        """Add the published ontwikkelingen, newest first."""
        context = super().get_context(request, *args, **kwargs)
        context["ontwikkelingen"] = (
            OntwikkelingPage.objects.live()
            .public()
            .child_of(self)
            .prefetch_related(listing_image_prefetch())
            .order_by("-date", "-pk")
        )
        return context


class OntwikkelingPage(ListingImageFields, GemeenteContentMixin, Page):
    """A news item or development published by a gemeente."""

    date = models.DateField(_("datum"))
    intro = models.TextField(_("samenvatting"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    parent_page_types = ["wijken.OntwikkelingIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        DateFieldPanel("date"),
        "intro",
        *ListingImageFields.listing_image_panels,
        "body",
        ReadabilityPanel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("body"),
        *ListingImageFields.listing_image_api_fields,
        # The field's name before it had alt text (kept for partner sites; same value).
        APIField("image", serializer=ListingImageSerializerField()),
    ]
    og_type = "article"

    class Meta:
        verbose_name = _("ontwikkeling")
        verbose_name_plural = _("ontwikkelingen")

    def get_json_ld(self, request=None) -> dict:
        """schema.org NewsArticle, published by the gemeente."""
        gemeente = self.get_gemeente()
        data = {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.intro,
            "datePublished": self.date.isoformat(),
            "url": page_url(self, request),
            "inLanguage": self.locale.language_code,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if gemeente is not None:
            publisher = {"@type": "GovernmentOrganization", "name": f"Gemeente {gemeente.title}"}
            data["publisher"] = data["author"] = publisher
        if self.listing_image:
            url = self.listing_image.get_rendition("fill-1200x630").url
            data["image"] = absolute_url(url, request) if request else url
        return data


class PageVisibility(models.Model):
    """A page the public may see, as last recomputed from the rule (wijken.visibility_store).

    A row exists only for a visible page; ``visible_until`` is the last day an expiring item
    (a request or offer) shows, so its expiry needs no recompute. No database constraint: a
    recompute during a cascading delete may leave a row for a page about to go, which no
    reader can join and the next full recompute drops.
    """

    page = models.OneToOneField(
        Page,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="public_visibility",
        db_constraint=False,
    )
    visible_until = models.DateField(null=True, blank=True)


class VisibilityDay(models.Model):
    """The one row saying for which day the stored visibility was last recomputed in full."""

    day = models.DateField()
