"""Wiring: the changes that can alter what the public sees recompute the stored visibility.

Saving (and so publishing and copying) a page, unpublishing it, moving it, deleting a gemeente
or wijk, changing a view restriction and tying content to wijken each recompute the part of the
tree they can affect (``visibility_store.scope_of``). A pilot or live date passing is the daily
task's work (``wijken.tasks.recompute_visibility``).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from . import visibility_store as store
from .models import GemeentePage, WijkPage

# Fields whose change can change whether a page shows. Saves naming none of them (a draft
# revision, a freshness stamp) leave the stored visibility alone.
RELEVANT_FIELDS = {
    "live",
    "path",
    "depth",
    "rollout_phase",
    "pilot_date",
    "live_date",
    "status",
    "hidden_after_reports",
    "expires_at",
    "wijk",
    "wijk_id",
}
_pending_regions: set[str] = set()


def page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    """A saved page: recompute its subtree (its region for a gemeente or wijk)."""
    if raw or not isinstance(instance, Page) or not instance.path:
        return
    if update_fields is not None and not RELEVANT_FIELDS.intersection(update_fields):
        return
    store.recompute_for(instance)


def page_unpublished_handler(sender, instance, **kwargs):
    """An unpublished page (and its subtree) disappears."""
    store.recompute_for(Page.objects.get(pk=instance.pk))


def page_moved(sender, instance, parent_page_before=None, **kwargs):
    """A moved page: its new subtree, and for a gemeente or wijk the region it left too."""
    page = Page.objects.get(pk=instance.pk)
    store.recompute_for(page)
    if parent_page_before is not None and store.scope_of(page) != page.path:
        store.recompute_for(parent_page_before)


def area_deleted(sender, instance, **kwargs):
    """A deleted gemeente or wijk: its region is recomputed once the deletion is done."""
    if instance.path:
        _pending_regions.add(store.region_prefix(instance.path))


def page_deleted(sender, instance, **kwargs):
    """After the page rows are gone: recompute the regions of deleted gemeenten and wijken."""
    while _pending_regions:
        prefix = _pending_regions.pop()
        if not store.is_deferred():
            store.recompute(prefix)


def restriction_changed(sender, instance, **kwargs):
    """A view restriction added, changed or removed: recompute the page's subtree."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        store.recompute_for(page)


def ties_changed(sender, instance, action, model=None, **kwargs):
    """Content tied to other wijken: recompute it (or, seen from the wijk, its region)."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Page) and (model is WijkPage or isinstance(instance, WijkPage)):
        store.recompute_for(instance)


def connect() -> None:
    """Connect the handlers (called from WijkenConfig.ready)."""
    post_save.connect(page_saved, dispatch_uid="visibility_page_saved")
    page_unpublished.connect(page_unpublished_handler, dispatch_uid="visibility_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="visibility_moved")
    for model in (GemeentePage, WijkPage):
        post_delete.connect(area_deleted, sender=model, dispatch_uid=f"visibility_del_{model}")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="visibility_page_deleted")
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="vis_r_s")
    post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="vis_r_d")
    m2m_changed.connect(ties_changed, dispatch_uid="visibility_ties_changed")
