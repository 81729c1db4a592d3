"""Fields and behaviour shared by organisations, services and activities."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField

from aanbod.serializers import WijkListField
from home.models import PublicVisibilityMixin
from home.region_links import RegionLinksMixin


class FreshnessFields(models.Model):
    """When an editor last confirmed the page is still correct ("nog actueel").

    Set on every publish and by the one-click confirmation (which saves no revision).
    """

    last_confirmed_at = models.DateTimeField(
        _("laatst bevestigd als actueel"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    @property
    def confirmed_or_published_at(self):
        """The last confirmation, or the last publication when never confirmed."""
        return self.last_confirmed_at or self.last_published_at or self.first_published_at


class AddressFields(models.Model):
    """A postal/visiting address of an organisation or an activity's location."""

    street = models.CharField(_("straat en huisnummer"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("plaats"), max_length=80, blank=True)

    address_panels = [
        MultiFieldPanel(
            [FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")],
            heading=_("Adres"),
        )
    ]
    address_api_fields = [APIField("street"), APIField("postcode"), APIField("city")]

    class Meta:
        abstract = True

    @property
    def address_line(self) -> str:
        """The address on one line, for listings and JSON-LD."""
        locality = " ".join(part for part in [self.postcode, self.city] if part)
        return ", ".join(part for part in [self.street, locality] if part)


class ServesWijkenMixin(RegionLinksMixin, PublicVisibilityMixin):
    """Pages with a ``wijken`` many-to-many: own region only; hidden when tied to hidden wijken."""

    wijken_panels = [FieldPanel("wijken", widget=forms.CheckboxSelectMultiple)]
    # Hidden wijken are left out of the list: their names are not public yet.
    wijken_api_fields = [APIField("wijken", serializer=WijkListField())]

    def is_publicly_visible(self) -> bool:
        """Visible when tied to a visible wijk, or to none (region-wide): the stored answer."""
        from wijken.visibility_store import stored_visible

        return stored_visible(type(self).objects.filter(pk=self.pk)).exists()
