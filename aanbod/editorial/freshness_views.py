"""Admin screens of fresh content: the "verouderde inhoud" report and "nog actueel"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.models import Page

from aanbod.editorial import freshness
from aanbod.models import (
    OrganisationPage,
)
from home.admin_screens import AdminScreenMixin
from home.models import HomePage
from wijken.models import GemeentePage


def _months(request) -> tuple[int, str | None]:
    raw = request.GET.get("months", "")
    if not raw:
        return freshness.freshness_months(), None
    if raw.isdigit() and 1 <= int(raw) <= 60:
        return int(raw), None
    return freshness.freshness_months(), _("Kies een periode van 1 tot 60 maanden.")


def _page_choice(model, request, key: str, scope: Q | None):
    raw = request.GET.get(key, "")
    if not raw.isdigit():
        return None
    qs = model.objects.filter(pk=int(raw))
    if scope is not None and model is OrganisationPage:
        qs = qs.filter(scope)
    return qs.first()


def regions_of_user(user):
    """The regions in which the user holds any page rights (all for superusers)."""
    if user.is_superuser:
        return HomePage.objects.all()
    paths = Page.objects.filter(group_permissions__group__user=user).values_list("path", flat=True)
    prefixes = {p[: Page.steplen * 2] for p in paths}
    return HomePage.objects.filter(path__in=prefixes)


class FreshnessReportView(AdminScreenMixin, TemplateView):
    """Verouderde inhoud: pages not confirmed for a while, per organisation or gemeente."""

    template_name = "aanbod/admin/freshness_report.html"
    page_title = gettext_lazy("Verouderde inhoud")
    header_icon = "time"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        scope = freshness.user_scope(user)
        months, error = _months(self.request)
        if error:
            messages.error(self.request, error)
        organisation = _page_choice(OrganisationPage, self.request, "organisation", scope)
        gemeente = _page_choice(GemeentePage, self.request, "gemeente", None)
        organisations = OrganisationPage.objects.order_by("title")
        if scope is not None:
            organisations = organisations.filter(scope)
        regions = list(regions_of_user(user))
        gemeenten = GemeentePage.objects.none()
        for region in regions:
            gemeenten = gemeenten | GemeentePage.objects.descendant_of(region)
        context.update(
            months=months,
            organisation=organisation,
            gemeente=gemeente,
            organisations=organisations.only("id", "title"),
            gemeenten=gemeenten.order_by("title").only("id", "title"),
            items=freshness.stale_items(
                freshness.stale_cutoff(months),
                within=scope,
                organisation=organisation,
                gemeente=gemeente,
            ),
            next_url=self.request.get_full_path(),
        )
        return context


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


class ConfirmCurrentView(AdminScreenMixin, TemplateView):
    """'Nog actueel': one POST confirms a page is still correct (GET asks first)."""

    template_name = "aanbod/admin/confirm_current.html"
    page_title = gettext_lazy("Nog actueel?")
    breadcrumbs_parents = ((gettext_lazy("Verouderde inhoud"), "freshness_report"),)
    header_icon = "check"

    def dispatch(self, request, page_id, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not isinstance(self.page, freshness.FRESHNESS_MODELS):
            raise PermissionDenied
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page=self.page, next_url=_safe_next(self.request, ""))
        return context

    def post(self, request, page_id):
        freshness.confirm_current(self.page, request.user)
        messages.success(
            request, _("'%(title)s' is bevestigd als actueel.") % {"title": self.page.title}
        )
        return redirect(_safe_next(request, reverse("freshness_report")))
