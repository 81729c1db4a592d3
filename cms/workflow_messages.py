"""A confirmation after every workflow action in the admin: approved, published, sent back.

Wagtail says "Pagina gepubliceerd" after publishing and "ter moderatie ingediend" after a
submission, but approving or rejecting a task from the dashboard or the page header ends
without a word (and in the editor only with "bijgewerkt"). The middleware collects, during an
admin POST, what Wagtail's workflow signals report and turns it into one message per page
after the view has run, so whatever screen comes next shows it.
"""

from contextvars import ContextVar

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.signals import task_approved, task_rejected, workflow_approved

# The workflow events of the admin POST being handled: (page title, event), in order.
_events: ContextVar[list | None] = ContextVar("workflow_events", default=None)


def _title(obj) -> str:
    title = getattr(obj, "get_admin_display_title", None)
    return title() if callable(title) else str(obj)


def _note(event: str, workflow_state) -> None:
    events = _events.get()
    if events is not None and workflow_state is not None:
        events.append((_title(workflow_state.content_object), event))


def on_task_approved(sender, instance, user=None, **kwargs) -> None:
    """A task approved (one step of a workflow)."""
    _note("approved", instance.workflow_state)


def on_task_rejected(sender, instance, user=None, **kwargs) -> None:
    """A task rejected: changes requested."""
    _note("rejected", instance.workflow_state)


def on_workflow_approved(sender, instance, user=None, **kwargs) -> None:
    """The last task approved: the page is published."""
    _note("published", instance)


def connect() -> None:
    """Listen to Wagtail's workflow signals (called from CmsConfig.ready)."""
    task_approved.connect(on_task_approved, dispatch_uid="wijkportaal_task_approved_message")
    task_rejected.connect(on_task_rejected, dispatch_uid="wijkportaal_task_rejected_message")
    workflow_approved.connect(
        on_workflow_approved, dispatch_uid="wijkportaal_workflow_approved_message"
    )


def confirmation(title: str, events: set[str]) -> tuple[str, str]:
    """The message level and text for what happened to one page."""
    if "rejected" in events:
        return "warning", _("Je hebt om wijzigingen gevraagd voor '%(title)s'.") % {"title": title}
    if "published" in events:
        return "success", _("'%(title)s' is goedgekeurd en gepubliceerd.") % {"title": title}
    return "success", _(
        "'%(title)s' is goedgekeurd en gaat naar de volgende stap van de beoordeling."
    ) % {"title": title}


class WorkflowMessageMiddleware:
    """Collect workflow events during admin POSTs and confirm each page's outcome."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path.startswith(reverse("wagtailadmin_home")):
            return self.get_response(request)
        token = _events.set([])
        try:
            response = self.get_response(request)
            by_page: dict[str, set[str]] = {}
            for title, event in _events.get():
                by_page.setdefault(title, set()).add(event)
        finally:
            _events.reset(token)
        for title, events in by_page.items():
            level, text = confirmation(title, events)
            getattr(messages, level)(request, text)
        return response
