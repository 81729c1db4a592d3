"""Old dotted paths of aanbod's tasks, so tasks queued before the split still run.

django-tasks stores a task by its dotted path (``aanbod.tasks.deliver_mail``); the tasks now
live with their capability. These aliases go once every worker has drained its queue after
the release that moved them (see ``docs/release-notes.md``). Import from the new places.
"""

from aanbod.agenda.import_.tasks import import_calendar, import_calendars
from aanbod.editorial.tasks import (
    send_freshness_reminders,
    send_invitation,
    unpublish_ended_activities,
)
from aanbod.marketplace.tasks import daily_maintenance, purge_personal_data, send_digests
from outbox.tasks import deliver_mail, send_queued_mail

__all__ = [
    "daily_maintenance",
    "deliver_mail",
    "import_calendar",
    "import_calendars",
    "purge_personal_data",
    "send_digests",
    "send_freshness_reminders",
    "send_invitation",
    "send_queued_mail",
    "unpublish_ended_activities",
]
