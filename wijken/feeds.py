"""RSS 2.0 and Atom feeds of a gemeente's ontwikkelingen (django.contrib.syndication).

Links follow the one rule of ``home.links`` (the configured site in production, the served host
in development). Ids are ``tag:`` URIs (RFC 4151) on the region's configured host name, so an
entry keeps its identity whatever address a reader subscribed through.
"""

import datetime
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import feedgenerator, timezone
from django.utils.translation import gettext as _

from home.links import absolute_url, page_url
from home.regions import in_request_region

from .models import OntwikkelingPage
from .rollout import visible_gemeenten

MAX_ITEMS = 50
TAG_DATE = "2026"  # the year the portal took its host names: fixed, as tag URIs require


def tag_uri(page, name: str) -> str:
    """A stable ``tag:`` URI for a page, on its region's configured host name."""
    parts = page.get_url_parts()
    host = urlsplit(parts[1]).hostname if parts else None
    return f"tag:{host or 'wijkportaal'},{TAG_DATE}:{name}-{page.pk}"


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
        self.gemeente = gemeente
        return gemeente

    def title(self, gemeente) -> str:
        """Feed title."""
        return _("Ontwikkelingen in %(gemeente)s") % {"gemeente": gemeente.title}

    def link(self, gemeente) -> str:
        """The gemeente's page."""
        return page_url(gemeente, self.request)

    def feed_url(self, gemeente) -> str:
        """The feed's own address (Atom ``rel="self"``)."""
        return absolute_url(self.request.path, self.request)

    def feed_guid(self, gemeente) -> str:
        """The feed's stable id."""
        return tag_uri(gemeente, "ontwikkelingen")

    def author_name(self, gemeente) -> str:
        """Ontwikkelingen are published by the gemeente."""
        return _("Gemeente %(gemeente)s") % {"gemeente": gemeente.title}

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
        return page_url(item, self.request)

    def item_guid(self, item) -> str:
        """A stable id per ontwikkeling (a ``tag:`` URI)."""
        return tag_uri(item, "ontwikkeling")

    def item_author_name(self, item) -> str:
        """The gemeente that published it."""
        return self.author_name(self.gemeente)

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
        """When it was last published (Atom requires it: its date when never republished)."""
        return item.last_published_at or self.item_pubdate(item)


class OntwikkelingenAtomFeed(OntwikkelingenFeed):
    """Atom 1.0: the same items as the RSS feed."""

    feed_type = feedgenerator.Atom1Feed

    def subtitle(self, gemeente) -> str:
        """Atom subtitle (RSS description)."""
        return self.description(gemeente)
