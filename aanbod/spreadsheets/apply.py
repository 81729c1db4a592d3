"""Writing a checked sheet: new rows become activities, changed rows new revisions, in one go.

The whole file is written in one transaction, or nothing is: a row the model refuses rolls
everything back and is reported like any other row error. With "beoordeling door de regio"
new and changed activities go to the organisation's review workflow (drafts until approved);
otherwise they are published at once.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Page, WorkflowState

from aanbod.models import ActivityPage, OrganisationPage, ReviewMode
from aanbod.spreadsheets.read import Sheet
from aanbod.spreadsheets.rows import Context, Row, check_sheet, latest
from aanbod.text import free_slug
from wijken import visibility_store


class SheetRefused(Exception):
    """The file was not imported; ``messages`` are the row errors, all of them."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class ImportSummary:
    """What an import did (or, in a dry run, would do)."""

    created: list[ActivityPage] = field(default_factory=list)
    changed: list[ActivityPage] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0
    review: bool = False

    def text(self) -> str:
        """'3 nieuw, 2 gewijzigd, 5 ongewijzigd' (plus what review means)."""
        line = _("%(new)s nieuw, %(changed)s gewijzigd, %(same)s ongewijzigd") % {
            "new": len(self.created),
            "changed": len(self.changed),
            "same": self.unchanged,
        }
        if self.skipped:
            line += _(", %(n)s overgeslagen (al voorbij)") % {"n": self.skipped}
        if self.review and (self.created or self.changed):
            line += _("; ter beoordeling naar de regio gestuurd")
        return line


def errors_of(rows: list[Row]) -> list[str]:
    """Every row error, in row order."""
    return [message for row in rows for message in row.messages]


def _fill(page: ActivityPage, row: Row) -> None:
    for name, value in row.values.items():
        setattr(page, name, value)
    for name, items in row.relations.items():
        getattr(page, name).set(items)


def _release(page: ActivityPage, direct: bool, user) -> None:
    """Publish the latest revision, or send it to the organisation's review workflow."""
    revision = page.save_revision(user=user, log_action=True)
    if direct:
        revision.publish(user=user, log_action=True)
        return
    for state in WorkflowState.objects.active().for_instance(page):
        state.cancel(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user=user)


def _create(organisation: OrganisationPage, row: Row, direct: bool, taken: set, user):
    page = ActivityPage(import_key=row.key, slug=free_slug(taken, row.values["title"]))
    page.owner = user if user is not None and user.pk else None
    _fill(page, row)
    if "wijken" not in row.relations:
        page.wijken.set(list(organisation.wijken.all()))
    page.live = False
    organisation.add_child(instance=page)
    _release(page, direct, user)
    return page


def _update(row: Row, direct: bool, user) -> ActivityPage:
    page = latest(row.page)
    _fill(page, row)
    _release(page, direct, user)
    return page


def _refusal(row: Row, error: ValidationError) -> SheetRefused:
    texts = [m for messages in error.message_dict.values() for m in messages]
    row.errors.extend(texts)
    return SheetRefused(row.messages)


def import_sheet(
    organisation: OrganisationPage,
    sheet: Sheet,
    mapping: dict[str, str],
    *,
    user=None,
    dry_run: bool = False,
) -> ImportSummary:
    """Check every row, then write them all (or, on any error, nothing: SheetRefused)."""
    rows = check_sheet(sheet, mapping, Context(organisation))
    errors = errors_of(rows)
    if errors:
        raise SheetRefused(errors)
    direct = organisation.review_mode == ReviewMode.DIRECT
    summary = ImportSummary(review=not direct)
    summary.unchanged = sum(row.status == "unchanged" for row in rows)
    summary.skipped = sum(row.status == "skipped" for row in rows)
    if dry_run:
        summary.created = [row for row in rows if row.status == "new"]
        summary.changed = [row for row in rows if row.status == "changed"]
        return summary
    taken = set(Page.objects.child_of(organisation).values_list("slug", flat=True))
    # One recompute of the organisation's stored visibility at the end, not three per page.
    with transaction.atomic(), visibility_store.deferred(organisation.path):
        for row in rows:
            try:
                if row.status == "new":
                    summary.created.append(_create(organisation, row, direct, taken, user))
                elif row.status == "changed":
                    summary.changed.append(_update(row, direct, user))
            except ValidationError as error:
                raise _refusal(row, error) from None
    return summary
