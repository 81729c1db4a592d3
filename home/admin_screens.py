"""The shape every custom admin screen shares: its own title, with breadcrumbs leading to it.

Wagtail's ``WagtailAdminTemplateMixin`` shows only "Home" in the header unless a view adds
itself to the breadcrumbs; ``AdminScreenMixin`` does that for the portal's own screens
(rollout, stale content, onboarding, the second factor).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def crumb(label, url_name: str | None = None, *args) -> dict:
    """One breadcrumbs item: a label and the URL it links to (None: the current screen)."""
    return {"url": reverse(url_name, args=args) if url_name else None, "label": label}


class AdminScreenMixin(WagtailAdminTemplateMixin):
    """An admin screen titled by its ``page_title``: Dashboard > (parents) > the title."""

    breadcrumbs_parents: tuple[tuple[str, str], ...] = ()  # (label, URL name) pairs

    def get_breadcrumbs_items(self) -> list[dict]:
        """The dashboard, the screens above this one, and this screen's own title last."""
        parents = [crumb(label, name) for label, name in self.breadcrumbs_parents]
        return [crumb(_("Dashboard"), "wagtailadmin_home"), *parents, crumb(self.get_page_title())]
