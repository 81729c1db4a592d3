"""RSS 2.0 and Atom feeds of a gemeente's ontwikkelingen (django.contrib.syndication)."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import feedgenerator, timezone
from django.utils.translation import gettext as _

from home.regions import in_request_region

from .models import OntwikkelingPage
from .rollout import visible_gemeenten

MAX_ITEMS = 50


class OntwikkelingenFeed(Feed):
    """RSS 2.0: the newest ontwikkelingen of one visible gemeente."""

    feed_type = feedgenerator.Rss201rev2Feed

    def get_object(self, request, gemeente_id: int):
        """The gemeente, if the public may see it on this request's region."""
        self.request = request
        gemeenten = in_request_region(visible_gemeenten(), request)
        gemeente = gemeenten.filter(pk=gemeente_id).first()
        if gemeente is None:
            raise Http404
        return gemeente

    def title(self, gemeente) -> str:
        """Feed title."""
        return _("Ontwikkelingen in %(gemeente)s") % {"gemeente": gemeente.title}

    def link(self, gemeente) -> str:
        """The gemeente's page."""
        return gemeente.get_url(self.request) or "/"

    def description(self, gemeente) -> str:
        """Feed description."""
        return _("Nieuws en ontwikkelingen van de gemeente %(gemeente)s.") % {
            "gemeente": gemeente.title
        }

    def items(self, gemeente):
        """Published ontwikkelingen below the gemeente, newest first."""
        return (
            OntwikkelingPage.objects.live()
            .public()
            .descendant_of(gemeente)
            .select_related("locale")
            .order_by("-date", "-pk")[:MAX_ITEMS]
        )

    def item_title(self, item) -> str:
        """Item title."""
        return item.title

    def item_description(self, item) -> str:
        """The ontwikkeling's summary."""
        return item.intro

    def item_link(self, item) -> str:
        """The ontwikkeling's page."""
        return item.get_url(self.request)

    def item_guid(self, item) -> str:
        """A stable id per ontwikkeling."""
        return f"ontwikkeling-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        """Its date (first publication time when it was published that day)."""
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return datetime.datetime.combine(
            item.date, datetime.time(9), tzinfo=timezone.get_current_timezone()
        )

    def item_updateddate(self, item):
        """When it was last published."""
        return item.last_published_at


class OntwikkelingenAtomFeed(OntwikkelingenFeed):
    """Atom 1.0: the same items as the RSS feed."""

    feed_type = feedgenerator.Atom1Feed

    def subtitle(self, gemeente) -> str:
        """Atom subtitle (RSS description)."""
        return self.description(gemeente)
