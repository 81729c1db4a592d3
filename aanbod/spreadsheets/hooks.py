"""Admin wiring of the spreadsheet import: its URLs, a menu item and a button on organisations."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from aanbod.models import OrganisationPage
from aanbod.spreadsheets import views
from aanbod.spreadsheets.access import importable_organisations, may_import


@hooks.register("register_admin_urls")
def spreadsheet_urls():
    """Upload, preview and import, and the template to download."""
    return [
        path("spreadsheet/", views.UploadView.as_view(), name="spreadsheet_upload"),
        path(
            "spreadsheet/<int:upload_id>/", views.PreviewView.as_view(), name="spreadsheet_preview"
        ),
        path(
            "spreadsheet/sjabloon.<str:extension>",
            views.TemplateView.as_view(),
            name="spreadsheet_template",
        ),
    ]


class SpreadsheetMenuItem(MenuItem):
    """Shown to editors who may add activities to an organisation."""

    def is_shown(self, request):
        return importable_organisations(request.user).exists()


@hooks.register("register_admin_menu_item")
def spreadsheet_menu_item():
    """'Spreadsheet importeren' in the main menu."""
    return SpreadsheetMenuItem(
        _("Spreadsheet importeren"), reverse("spreadsheet_upload"), icon_name="table", order=260
    )


@hooks.register("register_page_header_buttons")
def spreadsheet_header_button(page, user, view_name, next_url=None):
    """'Activiteiten uit spreadsheet' in an organisation page's header actions."""
    if page.specific_class is OrganisationPage and may_import(user, page):
        url = reverse("spreadsheet_upload") + f"?organisatie={page.pk}"
        yield Button(_("Activiteiten uit spreadsheet"), url, icon_name="table", priority=60)
