"""Admin hooks: the pages a group's rights are rooted at stay where the region put them.

One rule (``may_restructure``) both refuses moving or deleting such a page and hides the
buttons that would offer it.
"""

from functools import wraps
from importlib import import_module

from django.contrib import messages
from django.db.models.deletion import Collector, ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import page_permission_policy


def anchor_ids(user) -> set[int]:
    """Ids of the pages some group's rights are rooted at (read once per user object)."""
    cached = getattr(user, "_wijkportaal_anchor_ids", None)
    if cached is None:
        cached = set(GroupPagePermission.objects.values_list("page_id", flat=True).distinct())
        user._wijkportaal_anchor_ids = cached
    return cached


def is_anchor(page, user) -> bool:
    """Whether some group's page permissions are rooted at this page."""
    return page.pk in anchor_ids(user)


def may_restructure(user, page) -> bool:
    """Anchors may be deleted or moved only by someone with rights on the page above.

    The one rule for both the refusal (the hooks below) and the offer (the buttons filtered by
    ``without_refused``), so the admin never offers what it then refuses.
    """
    if user.is_superuser or not is_anchor(page, user):
        return True
    parent_path = page.path[: -Page.steplen]
    return any(
        perm.permission.codename == "change_page" and parent_path.startswith(perm.page.path)
        for perm in page_permission_policy.get_cached_permissions_for_user(user)
    )


def refused_urls(user, page) -> set[str]:
    """The admin URLs of the actions on ``page`` that the hooks below would refuse ``user``."""
    if may_restructure(user, page):
        return set()
    return {
        reverse("wagtailadmin_pages:move", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
    }


def without_refused(buttons: list, page, user) -> list:
    """``buttons`` without those leading to an action the user would be refused on ``page``."""
    refused = refused_urls(user, page)
    if not refused:
        return buttons
    return [b for b in buttons if (getattr(b, "url", None) or "").split("?")[0] not in refused]


@hooks.register("construct_page_listing_buttons")
def hide_refused_listing_buttons(buttons, page, user, context=None):
    """The explorer's row actions (and their "more" menu) offer no refused move or delete."""
    buttons[:] = without_refused(buttons, page, user)
    for button in buttons:
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = without_refused(button.dropdown_buttons, page, user)


def _header_buttons_without_refused(hook):
    """Wrap a ``register_page_header_buttons`` hook so it offers no refused move or delete."""

    @wraps(hook)
    def wrapped(page, user, view_name, next_url=None):
        buttons = []
        for button in hook(page=page, user=user, view_name=view_name, next_url=next_url):
            if isinstance(button, MenuItem):  # as get_page_header_buttons does
                if not button.is_shown(user):
                    continue
                button = Button.from_menu_item(button)
            buttons.append(button)
        return without_refused(buttons, page, user)

    return wrapped


def filter_page_header_buttons() -> None:
    """Make every page-header button hook (Wagtail's own "Verplaats", "Verwijder") pass the rule.

    Wagtail has no ``construct_*`` hook for the page header's buttons, so the hooks registered
    so far (Wagtail's own, imported just before; see the end of this module) are wrapped once.
    """
    registered = hooks._hooks.get("register_page_header_buttons", [])
    hooks._hooks["register_page_header_buttons"] = [
        (fn if getattr(fn, "_refusal_filtered", False) else _mark(fn), order)
        for fn, order in registered
    ]


def _mark(fn):
    wrapped = _header_buttons_without_refused(fn)
    wrapped._refusal_filtered = True
    return wrapped


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


# Wagtail's own header buttons are registered when its hooks module is imported; import it now
# (import_module later finds it loaded, so nothing registers twice) and wrap them.
import_module("wagtail.admin.wagtail_hooks")
filter_page_header_buttons()
