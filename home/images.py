"""The listing image of a page: an image with alt text (or marked decorative), its renditions.

Activities, services, organisations and ontwikkelingen share ``ListingImageFields``: the image
shown on their cards, on the page itself, in Open Graph and in the APIs. The alt text is
required unless the editor ticks "decoratief" (then ``alt=""``). The alt text is a translatable
text field; the image and the tick are synchronised to translations (wagtail-localize's default
for a foreign key to a non-translatable model and for a boolean).
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images import get_image_model
from wagtail.images.models import ResponsiveImage, SourceImageIOError

from rest_framework import serializers

from home.api import RENDITION_SPECS, image_representation

# Cards: 320 px wide in the card grid, twice that on dense screens (16:9, around the focal point).
CARD_SPECS = ("fill-320x180", "fill-640x360")
CARD_SIZES = "(min-width: 40em) 320px, 100vw"
# The page itself: the whole image, up to the text column's width (800 px) and its double.
PAGE_SPECS = ("max-800x800", "max-1600x1600")
PAGE_SIZES = "(min-width: 52em) 800px, 100vw"
# An agenda line: a small thumbnail from the cards' renditions (no extra files).
THUMB_SIZES = "6rem"
API_SPECS = tuple(RENDITION_SPECS.values())
SIZES = {
    "card": (CARD_SPECS, CARD_SIZES),
    "thumb": (CARD_SPECS, THUMB_SIZES),
    "page": (PAGE_SPECS, PAGE_SIZES),
}

ALT_REQUIRED = _("Beschrijf wat er op de afbeelding staat, of vink 'decoratief' aan.")


class ListingImageSerializerField(serializers.Field):
    """API v2: a page's listing image as renditions with its alt text (``null`` without one)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        return listing_image_representation(page, self.context.get("request"))


def listing_image_representation(page, request=None) -> dict | None:
    """The page's listing image for an API: renditions with absolute URLs and the alt text."""
    image = getattr(page, "listing_image", None)
    return image_representation(image, request, alt=page.listing_image_alt_text)


def image_prefetch(name: str, specs: Iterable[str]) -> Prefetch:
    """Prefetch of an image foreign key with its renditions in ``specs`` (two queries in all)."""
    return Prefetch(name, queryset=get_image_model().objects.prefetch_renditions(*specs))


class ListingImageFields(models.Model):
    """A page's listing image with its alt text, or explicitly decorative (empty alt)."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("afbeelding"),
        help_text=_("Staat bij deze pagina en in overzichten, zoals de agenda en de wijkpagina."),
    )
    listing_image_alt = models.CharField(
        _("beschrijving van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_(
            "Voor wie de afbeelding niet kan zien. Beschrijf kort wat erop staat, "
            "bijv. 'Vrijwilligers schenken koffie in het buurthuis'."
        ),
    )
    listing_image_decorative = models.BooleanField(
        _("decoratief"),
        default=False,
        help_text=_(
            "Aanvinken als de afbeelding alleen sfeer geeft en niets vertelt wat niet al in de "
            "tekst staat. Voorleessoftware slaat haar dan over."
        ),
    )

    listing_image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_image"),
                FieldPanel("listing_image_alt"),
                FieldPanel("listing_image_decorative"),
            ],
            heading=_("Afbeelding"),
        )
    ]
    listing_image_api_fields = [APIField("listing_image", serializer=ListingImageSerializerField())]

    class Meta:
        abstract = True

    @property
    def listing_image_alt_text(self) -> str:
        """The alt attribute: "" when decorative, else the editor's text (or the image's own)."""
        if self.listing_image_decorative or self.listing_image is None:
            return ""
        return self.listing_image_alt.strip() or getattr(self.listing_image, "description", "")

    def listing_image_errors(self) -> dict[str, list]:
        """An error on the alt text when there is an image without alt text and not "decoratief"."""
        needs_alt = self.listing_image_id and not self.listing_image_decorative
        if needs_alt and not self.listing_image_alt.strip():
            return {"listing_image_alt": [ALT_REQUIRED]}
        return {}

    def clean_fields(self, exclude=None):
        """Field checks plus the alt text rule, so its error shows next to the page's clean()."""
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if not exclude or "listing_image_alt" not in exclude:
            for name, messages in self.listing_image_errors().items():
                errors.setdefault(name, []).extend(messages)
        if errors:
            raise ValidationError(errors)


def listing_image_prefetch(specs: Iterable[str] = CARD_SPECS) -> Prefetch:
    """Prefetch of the listing image with the renditions its cards show."""
    return image_prefetch("listing_image", specs)


def prefetch_listing_images(pages: Iterable, specs: Iterable[str] = CARD_SPECS) -> None:
    """Fetch the listing images and their renditions of already loaded pages, in two queries."""
    pages = list({id(page): page for page in pages if hasattr(page, "listing_image_id")}.values())
    if pages:
        prefetch_related_objects(pages, listing_image_prefetch(specs))


def listing_img(page, size: str = "card"):
    """An ``<img>`` of the page's listing image: srcset, sizes, width, height and alt set.

    ``size`` is "card", "thumb" (an agenda line) or "page". Cards and thumbnails load lazily;
    the page's own image (near the top) loads at once. Empty when the page has no image or its
    file is missing.
    """
    image = getattr(page, "listing_image", None)
    if image is None:
        return ""
    specs, sizes = SIZES.get(size, SIZES["card"])
    try:
        renditions = image.get_renditions(*specs)
    except SourceImageIOError:
        return ""
    attrs = {"alt": page.listing_image_alt_text, "sizes": sizes, "class": f"listing-image-{size}"}
    if size != "page":
        attrs["loading"] = "lazy"
    attrs["decoding"] = "async"
    return ResponsiveImage(renditions, attrs)
