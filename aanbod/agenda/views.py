"""Public views of aanbod outside the page tree: the single-activity calendar file."""

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from aanbod.agenda.ical import activity_ics, ics_response, with_calendar_data
from aanbod.visibility import visible_activities
from home.regions import in_request_region


@require_safe
def activity_calendar(request: HttpRequest, page_id: int) -> HttpResponse:
    """ "Zet in mijn agenda": one activity (with its whole schedule) as an .ics file.

    Only activities the public may see on this request's region answer; others are 404.
    """
    activities = in_request_region(with_calendar_data(visible_activities()), request)
    activity = activities.filter(pk=page_id).first()
    if activity is None:
        raise Http404
    return ics_response(activity_ics(activity, request), activity.slug)
