"""Admin hooks for editing across organisations: freshness, the Regio menu, onboarding."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import (
    Menu,
    MenuItem,
    SubmenuMenuItem,
)
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button

from aanbod.editorial import freshness, freshness_views, onboarding_views, rollout_dashboard
from wijken.onboarding import administered_regions


@hooks.register("register_admin_urls")
def freshness_and_region_urls():
    """The report, the confirmation, the rollout dashboard and the onboarding forms."""
    return [
        path(
            "verouderde-inhoud/",
            freshness_views.FreshnessReportView.as_view(),
            name="freshness_report",
        ),
        path(
            "verouderde-inhoud/<int:page_id>/nog-actueel/",
            freshness_views.ConfirmCurrentView.as_view(),
            name="freshness_confirm",
        ),
        path("uitrol/", rollout_dashboard.RolloutDashboardView.as_view(), name="rollout_dashboard"),
        path(
            "onboarding/gemeente/",
            onboarding_views.GemeenteOnboardingView.as_view(),
            name="onboard_gemeente",
        ),
        path(
            "onboarding/organisatie/",
            onboarding_views.OrganisationOnboardingView.as_view(),
            name="onboard_organisation",
        ),
    ]


class RegionAdminMenuItem(MenuItem):
    """Shown only to regional administrators."""

    def is_shown(self, request):
        return administered_regions(request.user).exists()


class RegionSubmenu(SubmenuMenuItem):
    """The 'Regio' menu: rollout dashboard and onboarding."""

    def is_shown(self, request):
        return administered_regions(request.user).exists()


@hooks.register("register_admin_menu_item")
def region_menu():
    """Regio: Uitrol, Gemeente toevoegen, Organisatie toevoegen."""
    items = [
        RegionAdminMenuItem(_("Uitrol"), reverse("rollout_dashboard"), icon_name="site", order=100),
        RegionAdminMenuItem(
            _("Gemeente toevoegen"), reverse("onboard_gemeente"), icon_name="plus", order=200
        ),
        RegionAdminMenuItem(
            _("Organisatie toevoegen"),
            reverse("onboard_organisation"),
            icon_name="plus",
            order=300,
        ),
    ]
    return RegionSubmenu(_("Regio"), Menu(items=items), icon_name="site", order=250)


@hooks.register("register_reports_menu_item")
def freshness_report_menu_item():
    """Reports > Verouderde inhoud."""
    return MenuItem(
        _("Verouderde inhoud"), reverse("freshness_report"), icon_name="time", order=900
    )


@hooks.register("register_log_actions")
def freshness_log_actions(actions):
    """'Nog actueel' appears in the page history and the audit log."""
    actions.register_action(
        freshness.CONFIRM_ACTION, _("Bevestigd als actueel"), _("Bevestigd als actueel")
    )


def _confirm_button(page, next_url=None, priority=45):
    url = reverse("freshness_confirm", args=[page.pk])
    if next_url:
        url += f"?next={next_url}"
    return Button(_("Nog actueel"), url, icon_name="check", priority=priority)


@hooks.register("register_page_listing_more_buttons")
def confirm_current_listing_button(page, user, next_url=None):
    """'Nog actueel' in the explorer's more-menu of activities, services and organisations."""
    if (
        page.specific_class in freshness.FRESHNESS_MODELS
        and page.permissions_for_user(user).can_edit()
    ):
        yield _confirm_button(page, next_url)


@hooks.register("register_page_header_buttons")
def confirm_current_header_button(page, user, view_name, next_url=None):
    """'Nog actueel' in the page header's actions."""
    if (
        page.specific_class in freshness.FRESHNESS_MODELS
        and page.permissions_for_user(user).can_edit()
    ):
        yield _confirm_button(page, next_url, priority=55)


class StaleContentPanel(Component):
    """Dashboard panel: the user's own pages waiting for a 'nog actueel', with one-click buttons."""

    name = "stale_content"
    template_name = "aanbod/admin/stale_panel.html"
    order = 150
    limit = 10

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = super().get_context_data(parent_context)
        months = freshness.freshness_months()
        items = freshness.stale_items(
            freshness.stale_cutoff(months),
            within=freshness.user_scope(request.user),
            limit=self.limit,
        )
        context.update(
            items=items,
            months=months,
            request=request,
            csrf_token=parent_context["csrf_token"],
        )
        return context


@hooks.register("construct_homepage_panels")
def stale_content_panel(request, panels):
    """Put the stale-content panel on every editor's dashboard."""
    panels.append(StaleContentPanel())
