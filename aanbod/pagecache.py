"""Which cached pages a change touches, and the signal handlers that purge them.

The page cache and the purge itself are ``home.pagecache``; this module knows the portal's
listings: a published, unpublished, moved or deleted page purges itself (and its
translations), its ancestors (organisation, organisations index, gemeente, region home), the
wijk pages that list it (and their gemeenten, whose agenda shows them) and the region's
search. A change of a gemeente or wijk (its phase, its dates), a move or a deletion purges the
whole region; a change of what every page shows (branding, categories) purges every region.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home import pagecache
from wijken.models import GemeentePage, WijkPage

# Saving these changes what many pages show (names, colours, logos): every region is purged.
SHARED_MODELS = {
    ("aanbod", "category"),
    ("aanbod", "targetgroup"),
    ("home", "brandingsettings"),
    ("wagtailcore", "site"),
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailimages", "image"),
}
_BEFORE = "_pagecache_wijken_before"


def _listed_in_wijken(page: Page) -> list[Page]:
    """The wijk pages that list this page (and their gemeenten, whose agenda lists it)."""
    ids = set(getattr(page, _BEFORE, ()))
    if hasattr(page, "wijken"):
        ids |= set(page.wijken.values_list("pk", flat=True))
    if getattr(page, "wijk_id", None):
        ids.add(page.wijk_id)
    wijken = list(WijkPage.objects.filter(pk__in=ids))
    gemeenten = [w.get_parent() for w in wijken]
    return [*wijken, *[g for g in gemeenten if g is not None]]


def touched_urls(page: Page) -> list[str]:
    """Every cached URL that shows this page (see the module docstring)."""
    site = page.get_site()
    if site is None:
        return []
    if isinstance(page, GemeentePage | WijkPage):
        return pagecache.region_urls(page)
    pages = [page, *page.get_ancestors().filter(depth__gt=1).specific(), *_listed_in_wijken(page)]
    urls = [url for p in pages for url in pagecache.page_urls(p)]
    return urls + pagecache.listing_urls(site)


def remember_wijken(sender, instance, **kwargs) -> None:
    """Before a page with wijken is saved: the wijken that list it now (they may be dropped)."""
    if not pagecache.purging():
        return
    if isinstance(instance, Page) and instance.pk and hasattr(instance, "wijken"):
        ids = type(instance).wijken.through.objects.filter(**{_from_field(instance): instance.pk})
        setattr(instance, _BEFORE, set(ids.values_list(_to_field(instance), flat=True)))


def _from_field(instance) -> str:
    return type(instance).wijken.field.m2m_field_name() + "_id"


def _to_field(instance) -> str:
    return type(instance).wijken.field.m2m_reverse_field_name() + "_id"


def purge_page(sender, instance, **kwargs) -> None:
    """A page was published or unpublished: purge every cached URL that shows it."""
    if not pagecache.purging():
        return
    pagecache.purge_on_commit(touched_urls(instance.specific))


def purge_region(sender, instance, **kwargs) -> None:
    """A page moved, changed its slug or is deleted: purge its region (old URLs are gone)."""
    if not pagecache.purging():
        return
    if isinstance(instance, Page) and instance.depth and instance.depth > 1:
        pagecache.purge_on_commit(pagecache.region_urls(instance))


def purge_shared(sender, instance=None, **kwargs) -> None:
    """Something every page may show changed: purge every region."""
    label = (sender._meta.app_label, sender._meta.model_name)
    # Migrations send signals for their historical models: those are left alone.
    if label in SHARED_MODELS and apps.get_model(*label) is sender:
        pagecache.purge_all_regions()


def connect() -> None:
    """Connect the handlers (from AanbodConfig.ready)."""
    page_published.connect(purge_page, dispatch_uid="pagecache_published")
    page_unpublished.connect(purge_page, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(purge_region, dispatch_uid="pagecache_moved")
    page_slug_changed.connect(purge_region, dispatch_uid="pagecache_slug_changed")
    pre_delete.connect(purge_region, dispatch_uid="pagecache_deleted")
    pre_save.connect(remember_wijken, dispatch_uid="pagecache_wijken_before")
    post_save.connect(purge_shared, dispatch_uid="pagecache_shared_saved")
    post_delete.connect(purge_shared, dispatch_uid="pagecache_shared_deleted")
