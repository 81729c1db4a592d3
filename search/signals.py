"""Signal handlers that keep the search table current (connected in SearchConfig.ready)."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from . import indexer
from .query import bump_scope_version


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Re-index a page after a full save (publish, edit) or a change of its live flag.

    Saving a draft revision saves only bookkeeping fields (``update_fields`` without
    ``live``) on an instance that holds the draft: ignored, so drafts never reach search.
    """
    if raw or not isinstance(instance, Page):
        return
    if sender is not Page and sender not in indexer.MODEL_TYPES:
        return
    bump_scope_version()
    if update_fields is not None:
        if "live" not in update_fields:
            return
        fresh = Page.objects.filter(pk=instance.pk).first()
        if fresh is None:
            return
        instance = fresh
    indexer.index_page(instance)


def page_was_moved(sender, instance, **kwargs):
    """A move changes paths and gemeente: re-index the page and what lies below it."""
    for page in Page.objects.descendant_of(instance, inclusive=True).specific():
        indexer.index_page(page)


def restriction_changed(sender, **kwargs):
    """A view restriction added or removed changes what search may show."""
    bump_scope_version()


def connect() -> None:
    """Connect the handlers."""
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved"
    )
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted"
    )
    post_save.connect(page_saved, dispatch_uid="search_page_saved")
    post_page_move.connect(page_was_moved, dispatch_uid="search_page_moved")
