"""Admin panels of the aanbod app: the status of an organisation's linked calendar."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel


class CalendarFeedStatusPanel(Panel):
    """Shows editors whether their iCal feed imports, and why not when it fails."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Status van de koppeling"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        """A stable name for the panel's HTML id."""
        return super().clean_name or "calendar_feed_status"

    class BoundPanel(Panel.BoundPanel):
        """Renders the import state of the organisation being edited."""

        template_name = "aanbod/panels/calendar_feed_status.html"

        def get_context_data(self, parent_context=None):
            """Add the feed's import state and the number of imported activities."""
            context = super().get_context_data(parent_context)
            context["feed"], context["imported_live"] = self.instance.calendar_import_status()
            return context


class ImportedActivityPanel(Panel):
    """On an activity from the organisation's linked calendar: which fields the feed owns."""

    @property
    def clean_name(self):
        """A stable name for the panel's HTML id."""
        return super().clean_name or "imported_activity"

    class BoundPanel(Panel.BoundPanel):
        """Only shown for imported activities."""

        template_name = "aanbod/panels/imported_activity.html"

        def is_shown(self):
            """Shown when the activity came from a linked calendar."""
            return bool(getattr(self.instance, "ical_uid", ""))
