"""Ground-floor models: the region's home page, standard pages, shared mixins and branding."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .readability_panel import ReadabilityPanel

phone_validator = RegexValidator(
    r"^\+?[0-9 ()\-]{6,20}$", _("Vul een geldig telefoonnummer in, bijvoorbeeld 046 123 45 67.")
)


class PublicVisibilityMixin:
    """Hides a page from the public (404, sitemap) while the rollout rule says it is not visible.

    Editors still see it in the admin and in previews. Subclasses override
    ``is_publicly_visible``; the default is visible.
    """

    def is_publicly_visible(self) -> bool:
        """Whether the public may see this page now."""
        return True

    def serve(self, request, *args, **kwargs):
        """Serve the page, or 404 when the rollout hides it (previews are always served)."""
        if not getattr(request, "is_preview", False) and not self.is_publicly_visible():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        """Leave hidden pages out of sitemap.xml."""
        if not self.is_publicly_visible():
            return []
        return super().get_sitemap_urls(request)


class ContactFields(models.Model):
    """Public contact details of an organisation, a gemeente or a wijkteam (never of residents)."""

    phone = models.CharField(_("telefoon"), max_length=32, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    contact_panels = [
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        )
    ]
    contact_api_fields = [APIField("phone"), APIField("email"), APIField("website")]

    class Meta:
        abstract = True


class HomePage(PublicVisibilityMixin, Page):
    """The root of one region (one Wagtail Site): "Wijkportaal Westelijke Mijnstreek"."""

    region_name = models.CharField(_("naam van de regio"), max_length=100)
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["wijken.GemeentePage", "aanbod.OrganisationIndexPage", "home.StandardPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, "region_name", "intro", "body"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    api_fields = [APIField("region_name"), APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("regio (homepage)")
        verbose_name_plural = _("regio's (homepages)")


class StandardPage(PublicVisibilityMixin, Page):
    """A plain content page: about, privacy statement, toegankelijkheidsverklaring."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = [*Page.content_panels, "intro", "body", ReadabilityPanel()]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")


hex_colour_validator = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Gebruik een kleurcode als #1f4e79."))


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio between two #rrggbb colours (1 to 21)."""
    light, dark = sorted([relative_luminance(first), relative_luminance(second)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


@register_setting(icon="image")
class BrandingSettings(BaseSiteSetting):
    """Per-region look: colours, logo and footer text, set by the region in the admin."""

    primary_colour = models.CharField(
        _("hoofdkleur"), max_length=7, default="#1f4e79", validators=[hex_colour_validator]
    )
    accent_colour = models.CharField(
        _("accentkleur"), max_length=7, default="#b34700", validators=[hex_colour_validator]
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    footer_text = models.TextField(_("tekst in de voettekst"), blank=True, max_length=500)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacyverklaring"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("toegankelijkheidsverklaring"),
    )

    # Every portal page reads the site's name, the logo and both footer links: one query.
    select_related = ["site", "logo", "privacy_page", "accessibility_page"]

    panels = [
        FieldPanel("primary_colour"),
        FieldPanel("accent_colour"),
        FieldPanel("logo"),
        FieldPanel("footer_text"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("huisstijl")

    def clean(self):
        """Refuse colours that fail WCAG 2.1 AA on white (text 4.5:1, accent lines 3:1)."""
        super().clean()
        errors = {}
        checks = [("primary_colour", 4.5), ("accent_colour", 3.0)]
        for name, minimum in checks:
            colour = getattr(self, name) or ""
            if len(colour) != 7 or not colour.startswith("#"):
                continue
            try:
                ratio = contrast_ratio(colour, "#ffffff")
            except ValueError:
                continue
            if ratio < minimum:
                errors[name] = _(
                    "Deze kleur heeft te weinig contrast met wit (%(ratio).1f:1, minimaal "
                    "%(minimum).1f:1). Kies een donkerdere kleur, zodat iedereen de tekst "
                    "kan lezen."
                ) % {"ratio": ratio, "minimum": minimum}
        if errors:
            raise ValidationError(errors)
