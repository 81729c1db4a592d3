"""Background work of iCal in (django-tasks): one organisation's feed, or all of them."""

from django_tasks import task

from aanbod.agenda.import_.sync import import_all, import_feed
from aanbod.models import OrganisationPage


@task()
def import_calendar(organisation_id: int) -> str:
    """Import one organisation's linked iCal feed; returns a one-line summary."""
    organisation = OrganisationPage.objects.live().filter(pk=organisation_id).first()
    if organisation is None or not organisation.ical_url:
        return "no feed"
    return import_feed(organisation).summary()


@task()
def import_calendars() -> int:
    """Import every registered iCal feed (scheduled, e.g. hourly); returns how many succeeded."""
    return sum(result.ok for result in import_all().values())
