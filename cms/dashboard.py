"""The dashboard's way in: "Mijn organisatie" and "Mijn gemeente" with their pages and buttons.

An organisation's or gemeente's editors see the pages their rights are rooted at, the latest
edited pages below (with their status) and one button per kind of page they may add there
("Nieuwe activiteit", "Nieuwe dienst", "Nieuwe ontwikkeling", and "Nieuwe vacature" once a
vacancy page type exists), straight to the add form under the right parent.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page, WorkflowState

from aanbod.models import OfferPage, OrganisationPage, RequestPage
from aanbod.spreadsheets.access import may_import
from wijken.models import GemeentePage, OntwikkelingIndexPage

# Kinds of page an editor adds from the dashboard, by model name, with their button label.
NEW_PAGE_LABELS = {
    "activitypage": _("Nieuwe activiteit"),
    "servicepage": _("Nieuwe dienst"),
    "vacancypage": _("Nieuwe vacature"),
    "vacaturepage": _("Nieuwe vacature"),
    "ontwikkelingpage": _("Nieuwe ontwikkeling"),
}
# Residents' requests and offers are moderated through the workflow, not listed here.
NOT_LISTED = (RequestPage, OfferPage)


@dataclass
class AddButton:
    """A button that opens the add form of one page type under one parent."""

    label: str
    url: str


@dataclass
class OwnArea:
    """An organisation or gemeente an editor keeps: its page, latest pages, add buttons."""

    page: Page
    pages: list = field(default_factory=list)
    buttons: list[AddButton] = field(default_factory=list)


def anchored_page_ids(user) -> QuerySet:
    """Ids of the pages the user's groups may change, counted from (their rights' roots)."""
    return GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page"
    ).values("page_id")


def page_status(page) -> str:
    """The page's state in words: in review, draft, published (with a newer draft)."""
    if getattr(page, "in_review", False):
        return str(_("Wacht op beoordeling"))
    if not page.live:
        return str(_("Concept"))
    if page.has_unpublished_changes:
        return str(_("Gepubliceerd, met wijzigingen in concept"))
    return str(_("Gepubliceerd"))


def latest_pages(anchor: Page, limit: int) -> list:
    """The anchor and the pages below it, last edited first, each with ``status`` in words."""
    page_type = ContentType.objects.get_for_model(Page)
    in_review = WorkflowState.objects.filter(
        base_content_type=page_type,
        object_id=Cast(OuterRef("pk"), CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    hidden = [ContentType.objects.get_for_model(m).pk for m in NOT_LISTED]
    pages = list(
        Page.objects.descendant_of(anchor, inclusive=True)
        .exclude(content_type_id__in=hidden)
        .annotate(in_review=Exists(in_review))
        .order_by(F("latest_revision_created_at").desc(nulls_last=True), "path")[:limit]
    )
    for page in pages:
        page.status = page_status(page)
        page.type_label = page.specific_class.get_verbose_name() if page.specific_class else ""
    return pages


def add_buttons(user, parents: list[Page]) -> list[AddButton]:
    """One button per page type the user may add under each of ``parents`` (known kinds only)."""
    buttons = []
    for parent in parents:
        if not parent.permissions_for_user(user).can_add_subpage():
            continue
        for model in parent.specific_class.allowed_subpage_models():
            label = NEW_PAGE_LABELS.get(model._meta.model_name)
            if label is None or not model.is_creatable:
                continue
            url = reverse(
                "wagtailadmin_pages:add",
                args=(model._meta.app_label, model._meta.model_name, parent.pk),
            )
            buttons.append(AddButton(str(label), url))
    return buttons


def sheet_button(user, organisation: OrganisationPage) -> list[AddButton]:
    """'Activiteiten uit spreadsheet' for an organisation whose activities the user may add."""
    if not may_import(user, organisation):
        return []
    url = reverse("spreadsheet_upload") + f"?organisatie={organisation.pk}"
    return [AddButton(str(_("Activiteiten uit spreadsheet")), url)]


def own_areas(user, limit: int = 8) -> dict[str, list[OwnArea]]:
    """The user's organisations and gemeenten (where their rights are rooted) with their pages."""
    if not user.is_authenticated:
        return {"organisations": [], "gemeenten": []}
    ids = anchored_page_ids(user)
    organisations = list(OrganisationPage.objects.filter(pk__in=ids).order_by("title"))
    gemeenten = list(GemeentePage.objects.filter(pk__in=ids).order_by("title"))
    indexes: dict[str, list[Page]] = {}
    if gemeenten:
        children = reduce(or_, (Q(path__startswith=g.path, depth=g.depth + 1) for g in gemeenten))
        for index in OntwikkelingIndexPage.objects.filter(children).order_by("path"):
            indexes.setdefault(index.path[: -Page.steplen], []).append(index)
    return {
        "organisations": [
            OwnArea(
                org, latest_pages(org, limit), add_buttons(user, [org]) + sheet_button(user, org)
            )
            for org in organisations
        ],
        "gemeenten": [
            OwnArea(g, latest_pages(g, limit), add_buttons(user, [g, *indexes.get(g.path, [])]))
            for g in gemeenten
        ],
    }


class MyPagesPanel(Component):
    """Dashboard panels "Mijn organisatie" and "Mijn gemeente" (only for their editors)."""

    name = "my_pages"
    template_name = "cms/my_pages_panel.html"
    order = 50

    def __init__(self, request):
        self.areas = own_areas(request.user)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(self.areas)
        return context
