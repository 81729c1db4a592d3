"""Admin hooks: the pages a group's rights are rooted at stay where the region put them."""

from django.contrib import messages
from django.db.models.deletion import Collector, ProtectedError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import GroupPagePermission


def is_anchor(page) -> bool:
    """Whether some group's page permissions are rooted at this page."""
    return GroupPagePermission.objects.filter(page=page).exists()


def may_restructure(user, page) -> bool:
    """Anchors may be deleted or moved only by someone with rights on the page above."""
    if user.is_superuser or not is_anchor(page):
        return True
    parent = page.get_parent()
    return "change" in parent.permissions_for_user(user).permissions


def _refuse(request, page):
    messages.error(
        request,
        _(
            "'%(title)s' is het startpunt van de rechten van een organisatie of gemeente; "
            "alleen de regiobeheerders kunnen deze pagina verwijderen of verplaatsen."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


def blocking_references(page) -> list[str]:
    """Titles of what still points at this page (or below it) and forbids deleting it."""
    by_model: dict[type, list] = {}
    for item in page.get_descendants(inclusive=True).specific():
        by_model.setdefault(type(item), []).append(item)
    collector = Collector(using="default")
    try:
        for items in by_model.values():
            collector.collect(items)
    except ProtectedError as exc:
        return sorted({str(obj) for obj in exc.protected_objects})
    return []


@hooks.register("before_delete_page")
def protect_anchor_delete(request, page):
    """Refuse deleting an organisation's or gemeente's own page to its own editors.

    Also refuse, with a message instead of an error page, pages that requests or offers
    still point at (a wijk with vraag en aanbod).
    """
    if not may_restructure(request.user, page):
        return _refuse(request, page)
    blocking = blocking_references(page)
    if blocking:
        messages.error(
            request,
            _(
                "'%(title)s' kan niet worden verwijderd: deze pagina's verwijzen er nog naar: "
                "%(items)s. Verplaats of verwijder die eerst."
            )
            % {"title": page.get_admin_display_title(), "items": ", ".join(blocking[:5])},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_move_page")
def protect_anchor_move(request, page, destination):
    """Refuse moving an organisation's or gemeente's own page to its own editors."""
    if not may_restructure(request.user, page):
        return _refuse(request, page)
    return None


@hooks.register("before_bulk_action")
def protect_anchor_bulk(request, action_type, objects, action_class_instance):
    """The same rule for bulk delete, move and unpublish."""
    if action_type not in {"delete", "move"}:
        return None
    for page in objects:
        if hasattr(page, "path") and not may_restructure(request.user, page):
            return _refuse(request, page)
    return None
