"""iCal feeds to subscribe to: a wijk's, a gemeente's and an organisation's upcoming activities.

Built on ``aanbod.ical`` (one VEVENT per activity with its RRULE and EXDATEs, VTIMEZONE
Europe/Amsterdam). Only activities the public may see, whose series has not ended.
"""

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from aanbod.agenda.ical import CALENDAR_CONTENT_TYPE, feed_ics
from aanbod.models import ActivityPage
from aanbod.visibility import upcoming_activities, visible_organisations
from home.regions import in_request_region
from wijken.rollout import visible_gemeenten, visible_wijken

MAX_EVENTS = 1000


def _feed(request: HttpRequest, activities: QuerySet, name: str) -> HttpResponse:
    """Serve the activities as a subscribable calendar (inline, not as a download)."""
    # The body (a StreamField) is the biggest column and no VEVENT shows it.
    activities = activities.select_related("locale").defer("body").order_by("start", "pk")
    body = feed_ics(activities[:MAX_EVENTS], name, request)
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = "inline"
    return response


def _tied_to(wijken: QuerySet) -> QuerySet:
    """Upcoming activities tied to any of these wijken."""
    ids = ActivityPage.objects.filter(wijken__in=wijken).values("pk")
    return upcoming_activities().filter(pk__in=ids)


@require_safe
def wijk_feed(request: HttpRequest, wijk_id: int) -> HttpResponse:
    """The upcoming activities of one wijk."""
    wijk = get_object_or_404(in_request_region(visible_wijken(), request), pk=wijk_id)
    return _feed(
        request, _tied_to(visible_wijken().filter(pk=wijk.pk)), f"Activiteiten {wijk.title}"
    )


@require_safe
def gemeente_feed(request: HttpRequest, gemeente_id: int) -> HttpResponse:
    """The upcoming activities in any visible wijk of one gemeente."""
    gemeente = get_object_or_404(in_request_region(visible_gemeenten(), request), pk=gemeente_id)
    return _feed(
        request, _tied_to(visible_wijken().child_of(gemeente)), f"Activiteiten {gemeente.title}"
    )


@require_safe
def organisation_feed(request: HttpRequest, organisation_id: int) -> HttpResponse:
    """The upcoming activities of one organisation."""
    organisation = (
        in_request_region(visible_organisations(), request).filter(pk=organisation_id).first()
    )
    if organisation is None:
        raise Http404
    activities = upcoming_activities().child_of(organisation)
    return _feed(request, activities, f"Activiteiten {organisation.title}")
