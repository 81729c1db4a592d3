"""What the spreadsheet import keeps: each organisation's column mapping and uploads in progress."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SpreadsheetMapping(models.Model):
    """Which column of an organisation's spreadsheet holds which activity field (remembered)."""

    organisation = models.OneToOneField(
        "aanbod.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="spreadsheet_mapping",
        verbose_name=_("organisatie"),
    )
    # {"title": "Naam activiteit", "start_date": "Datum", ...}: field key -> column header.
    columns = models.JSONField(_("kolommen"), default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("kolomindeling van een spreadsheet")
        verbose_name_plural = _("kolomindelingen van spreadsheets")

    def __str__(self) -> str:
        return str(self.organisation_id)


class SpreadsheetUpload(models.Model):
    """An uploaded file between upload and import (deleted after the import, or after a day)."""

    organisation = models.ForeignKey(
        "aanbod.OrganisationPage", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("geüploade spreadsheet")
        verbose_name_plural = _("geüploade spreadsheets")

    def __str__(self) -> str:
        return self.filename
