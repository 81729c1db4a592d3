"""Vraag en aanbod: residents' requests and offers, and their private contact record."""

import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from aanbod import conf
from aanbod.serializers import TermField, WijkField
from home.date_inputs import DateFieldPanel
from home.region_links import RegionLinksMixin
from wijken.models import GemeenteContentMixin


class MarketplacePage(GemeenteContentMixin, RoutablePageMixin, Page):
    """A gemeente's "Vraag en aanbod": where residents post and find requests and offers."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["wijken.GemeentePage"]
    subpage_types = ["aanbod.RequestPage", "aanbod.OfferPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("vraag en aanbod")
        verbose_name_plural = _("vraag en aanbod")

    def get_context(self, request, *args, **kwargs):
        """Add the open requests and offers of this gemeente."""
        from aanbod.visibility import visible_offers, visible_requests

        context = super().get_context(request, *args, **kwargs)
        context["requests"] = visible_requests().child_of(self).select_related("wijk", "category")
        context["offers"] = visible_offers().child_of(self).select_related("wijk", "category")
        return context

    @path("")
    def index_route(self, request):
        """The listings with the posting form; a POST is a new request or offer."""
        from aanbod.marketplace.views import marketplace_index

        return marketplace_index(request, self)

    @path("verzonden/")
    def sent_route(self, request):
        """After posting: "check your e-mail"."""
        from aanbod.marketplace.views import marketplace_sent

        return marketplace_sent(request, self)

    @path("beheer/<str:token>/")
    def manage_route(self, request, token):
        """The resident's secret link: confirm, edit, extend, close or delete."""
        from aanbod.marketplace.views import manage_item

        return manage_item(request, self, token)

    @path("abonneren/")
    def subscribe_route(self, request):
        """Subscribe to new requests or offers for a wijk and category."""
        from aanbod.marketplace.views import subscribe

        return subscribe(request, self)

    @path("abonnement/<str:token>/")
    def subscription_route(self, request, token):
        """Confirm a subscription (secret link)."""
        from aanbod.marketplace.views import confirm_subscription

        return confirm_subscription(request, self, token)


class ItemStatus(models.TextChoices):
    """Where a request or offer stands."""

    OPEN = "open", _("Open")
    HELPED = "helped", _("Geholpen")
    CLOSED = "closed", _("Gesloten")


class MarketplaceItemPage(RegionLinksMixin, GemeenteContentMixin, RoutablePageMixin, Page):
    """Shared shape of a request and an offer. Only the first name is public."""

    category = models.ForeignKey(
        "aanbod.Category", on_delete=models.PROTECT, related_name="+", verbose_name=_("categorie")
    )
    description = models.TextField(_("omschrijving"), max_length=2000)
    when = models.CharField(_("wanneer"), max_length=120, blank=True)
    first_name = models.CharField(
        _("voornaam"), max_length=40, help_text=_("Alleen de voornaam is openbaar.")
    )
    expires_at = models.DateField(_("verloopt op"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ItemStatus.choices, default=ItemStatus.OPEN
    )
    hidden_after_reports = models.BooleanField(
        _("verborgen na meldingen"),
        default=False,
        help_text=_("Gemeld als misbruik; zet uit en publiceer na beoordeling om weer te tonen."),
    )

    parent_page_types = ["aanbod.MarketplacePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        "category",
        "wijk",
        "description",
        "when",
        "first_name",
        DateFieldPanel("expires_at"),
        "status",
        FieldPanel("hidden_after_reports"),
    ]
    # The first name is public on the page but deliberately left out of the index.
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("expires_at"),
    ]
    # Not the first name: no resident's name leaves the page itself (docs/privacy.md).
    api_fields = [
        APIField("category", serializer=TermField()),
        APIField("wijk", serializer=WijkField()),
        APIField("description"),
        APIField("when"),
        APIField("expires_at"),
        APIField("status"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Give an item its lifetime when it goes live (approval) without an expiry date."""
        if not self.expires_at and self.live:
            self.expires_at = timezone.localdate() + conf.item_lifetime()
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        """Add matching items of the other kind, and the reply and report forms."""
        from aanbod.marketplace.matching import matches_for

        context = super().get_context(request, *args, **kwargs)
        context["matches"] = matches_for(self, limit=5)
        return context

    @path("")
    def index_route(self, request):
        """The item, with the relay ("reageer") and abuse report forms."""
        from aanbod.marketplace.views import item_index

        return item_index(request, self)

    @path("reageer/")
    def reply_route(self, request):
        """Send a message to the poster through the portal."""
        from aanbod.marketplace.views import item_reply

        return item_reply(request, self)

    @path("meld/")
    def report_route(self, request):
        """Report abuse ("meld misbruik")."""
        from aanbod.marketplace.views import item_report

        return item_report(request, self)

    @property
    def kind(self) -> str:
        """ "vraag" or "aanbod"."""
        return "vraag" if isinstance(self, RequestPage) else "aanbod"

    @property
    def is_open(self) -> bool:
        """Open and not past its expiry date."""
        return self.status == ItemStatus.OPEN and (
            self.expires_at is None or self.expires_at >= timezone.localdate()
        )

    def is_publicly_visible(self) -> bool:
        """Visible while open, unexpired and in a visible wijk of a visible gemeente."""
        from aanbod.visibility import visible_marketplace_items

        return visible_marketplace_items(type(self)).filter(pk=self.pk).exists()


class RequestPage(MarketplaceItemPage):
    """A resident's request for help (vraag)."""

    wijk = models.ForeignKey(
        "wijken.WijkPage", on_delete=models.PROTECT, related_name="requests", verbose_name=_("wijk")
    )

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")


class OfferPage(MarketplaceItemPage):
    """A resident's offer of help (aanbod)."""

    wijk = models.ForeignKey(
        "wijken.WijkPage", on_delete=models.PROTECT, related_name="offers", verbose_name=_("wijk")
    )

    class Meta:
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbiedingen")


def hash_token(token: str) -> str:
    """The SHA-256 hex digest under which a secret token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


class Submitter(models.Model):
    """The private side of a request or offer: who posted it and how to reach them.

    Never part of the page, its revisions, the search index, the API or a feed. The secret
    token is stored only as a hash. Erased when the item has expired or closed (see AVG).
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="submitter"
    )
    name = models.CharField(_("naam"), max_length=80)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("telefoon"), max_length=32, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    language = models.CharField(max_length=8, default="nl")
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True, help_text="expired or closed on")
    reminded_for = models.DateField(null=True, blank=True, help_text="expiry date reminded of")

    class Meta:
        verbose_name = _("inzender")
        verbose_name_plural = _("inzenders")

    def __str__(self) -> str:
        return f"Submitter #{self.pk}"

    def issue_token(self) -> str:
        """Set a fresh secret token and return it (only its hash is kept)."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        return token

    @classmethod
    def for_token(cls, token: str):
        """The submitter holding this secret token, or None."""
        if not token or len(token) > 100:
            return None
        return cls.objects.filter(token_hash=hash_token(token)).first()
