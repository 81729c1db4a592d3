"""Admin registration: the taxonomy as snippets editors manage."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Category, TargetGroup


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

# Editing, onboarding, freshness and the rollout dashboard (issue 5).
from . import editorial_hooks  # noqa: E402, F401
