"""Admin registration: the taxonomy as snippets editors manage."""

from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from aanbod.agenda.words.form import preview_view
from aanbod.models import AbuseReport, Category, TargetGroup


class CategoryViewSet(SnippetViewSet):
    """Categories (thema's) in the admin."""

    model = Category
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    """Target groups (doelgroepen) in the admin."""

    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    """The taxonomy menu."""

    menu_label = "Taxonomie"
    menu_icon = "tag"
    items = (CategoryViewSet, TargetGroupViewSet)


register_snippet(TaxonomyGroup)


class AbuseReportViewSet(SnippetViewSet):
    """Abuse reports ("meld misbruik") for moderators to review; residents stay anonymous."""

    model = AbuseReport
    icon = "warning"
    menu_label = "Meldingen misbruik"
    add_to_admin_menu = True
    list_display = ["page", "reason", "created_at"]
    list_filter = []
    inspect_view_enabled = True


register_snippet(AbuseReportViewSet)


@hooks.register("register_admin_urls")
def schedule_preview_urls():
    """The schedule widget's live preview (sentence and next dates)."""
    return [path("herhaling/voorbeeld/", preview_view, name="aanbod_schedule_preview")]


# Editing, onboarding, freshness and the rollout dashboard (issue 5).
from aanbod.editorial import hooks as editorial_hooks  # noqa: E402, F401

# Activities from a spreadsheet (issue 15).
from aanbod.spreadsheets import hooks as spreadsheet_hooks  # noqa: E402, F401
