"""Activities in the wijk, with recurring schedules (RFC 5545 RRULE plus exception dates)."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from aanbod.agenda import schedules
from aanbod.agenda.words.form import ActivityPageForm, SchedulePanel
from aanbod.models.base import AddressFields, FreshnessFields, ServesWijkenMixin
from aanbod.panels import ImportedActivityPanel
from aanbod.serializers import TermListField
from home import pagecache
from home.blocks import BodyBlock
from home.date_inputs import DateFieldPanel
from home.images import ListingImageFields
from home.readability_panel import ReadabilityPanel


class Registration(models.TextChoices):
    """Whether residents must sign up for an activity."""

    NONE = "none", _("Vrije inloop, aanmelden niet nodig")
    RECOMMENDED = "recommended", _("Aanmelden gewenst")
    REQUIRED = "required", _("Aanmelden verplicht")


class ActivityPage(ListingImageFields, ServesWijkenMixin, FreshnessFields, AddressFields, Page):
    """An activity in one or more wijken, once or on a recurring schedule."""

    intro = models.TextField(_("korte omschrijving"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    wijken = ParentalManyToManyField(
        "wijken.WijkPage", blank=True, related_name="activities", verbose_name=_("wijken")
    )
    categories = ParentalManyToManyField(
        "aanbod.Category", blank=True, related_name="activities", verbose_name=_("categorieën")
    )
    target_groups = ParentalManyToManyField(
        "aanbod.TargetGroup", blank=True, related_name="activities", verbose_name=_("doelgroepen")
    )
    location_name = models.CharField(_("locatie"), max_length=120, blank=True)
    cost = models.CharField(_("kosten"), max_length=120, blank=True, help_text=_("Bijv. gratis"))
    registration = models.CharField(
        _("aanmelden"), max_length=16, choices=Registration.choices, default=Registration.NONE
    )
    registration_info = models.CharField(
        _("hoe aanmelden"), max_length=255, blank=True, help_text=_("Telefoon, e-mail of link.")
    )
    start = models.DateTimeField(_("eerste keer: begin"))
    end = models.DateTimeField(_("eerste keer: einde"))
    recurrence = models.CharField(
        _("herhaling"),
        max_length=255,
        blank=True,
        help_text=_(
            "Leeg voor een eenmalige activiteit. In de editor gekozen met de herhaling-keuzes."
        ),
    )
    series_end = models.DateField(_("laatste keer op of voor"), null=True, blank=True)
    ical_uid = models.CharField(
        _("UID in de gekoppelde agenda"),
        max_length=255,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Gevuld bij activiteiten die uit de agenda van de organisatie komen."),
    )
    import_key = models.CharField(
        _("kenmerk in de spreadsheet"),
        max_length=64,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Gevuld bij activiteiten die uit een spreadsheet van de organisatie komen."),
    )

    base_form_class = ActivityPageForm
    parent_page_types = ["aanbod.OrganisationPage"]
    subpage_types = []
    # A copy is a new activity: the spreadsheet's row stays with the original.
    exclude_fields_in_copy = ["import_key"]

    content_panels = [
        ImportedActivityPanel(),
        *Page.content_panels,
        "intro",
        *ListingImageFields.listing_image_panels,
        "body",
        ReadabilityPanel(),
        MultiFieldPanel(
            [
                FieldRowPanel([DateFieldPanel("start"), DateFieldPanel("end")]),
                SchedulePanel(),
            ],
            heading=_("Wanneer"),
        ),
        FieldPanel("location_name"),
        *AddressFields.address_panels,
        *ServesWijkenMixin.wijken_panels,
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        "cost",
        "registration",
        "registration_info",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("location_name"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("series_end"),
    ]
    api_fields = [
        APIField("intro"),
        *ListingImageFields.listing_image_api_fields,
        APIField("body"),
        *ServesWijkenMixin.wijken_api_fields,
        APIField("categories", serializer=TermListField()),
        APIField("target_groups", serializer=TermListField()),
        APIField("location_name"),
        *AddressFields.address_api_fields,
        APIField("cost"),
        APIField("registration"),
        APIField("registration_info"),
        APIField("start"),
        APIField("end"),
        APIField("recurrence"),
        APIField("series_end"),
        APIField("excluded_dates"),
    ]

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    def clean(self):
        """Check the schedule: end after start, a valid RRULE, series end after start."""
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Het einde moet na het begin liggen.")
        try:
            self.recurrence = schedules.clean_rrule(self.recurrence)
        except schedules.ScheduleError as exc:
            errors["recurrence"] = str(exc)
        if self.series_end and self.start and self.series_end < timezone.localdate(self.start):
            errors["series_end"] = _("De laatste keer kan niet voor de eerste keer liggen.")
        if errors:
            raise ValidationError(errors)

    @property
    def excluded_dates(self) -> list[datetime.date]:
        """Dates on which a recurring activity does not take place."""
        return sorted(e.date for e in self.exception_dates.all())

    @property
    def is_recurring(self) -> bool:
        """Whether the activity repeats."""
        return bool(self.recurrence)

    def occurrences(self, window_start=None, window_end=None, limit=schedules.MAX_OCCURRENCES):
        """Occurrences overlapping the window (default: from now for a year)."""
        window_start = window_start or timezone.now()
        window_end = window_end or window_start + datetime.timedelta(days=366)
        pairs = schedules.expand(
            self.start,
            self.end,
            self.recurrence,
            self.excluded_dates,
            self.series_end,
            window_start,
            window_end,
            limit,
        )
        # A page showing these changes when one of them ends (the page cache's expiry).
        pagecache.note_change_at(e for _s, e in pairs)
        return [schedules.Occurrence(s, e, self) for s, e in pairs]

    def next_occurrences(self, count: int = 5):
        """The next few occurrences from now (cancelled dates do not count)."""
        return self.occurrences(limit=count + len(self.excluded_dates))[:count]

    def get_context(self, request, *args, **kwargs):
        """Read the exception dates once for the whole page (dates, schedule, structured data)."""
        prefetch_related_objects([self], "exception_dates")
        return super().get_context(request, *args, **kwargs)

    def get_json_ld(self, request=None) -> dict:
        """schema.org Event with its Schedule (see aanbod.structured_data)."""
        from aanbod.structured_data import event_json_ld

        return event_json_ld(self, request)


class ActivityExceptionDate(Orderable):
    """A date on which a recurring activity does not take place (EXDATE)."""

    page = ParentalKey(ActivityPage, on_delete=models.CASCADE, related_name="exception_dates")
    date = models.DateField(_("datum"))

    panels = ["date"]

    class Meta(Orderable.Meta):
        verbose_name = _("uitzondering")


class ActivityOccurrence(models.Model):
    """One dated occurrence of a live activity, stored so listings read ranges instead of RRULEs.

    Filled only by ``aanbod.agenda.table`` from ``ActivityPage.occurrences`` (the one expansion
    rule), for the window recorded in ``OccurrenceHorizon``.
    """

    activity = models.ForeignKey(
        ActivityPage, on_delete=models.CASCADE, related_name="occurrence_rows"
    )
    start = models.DateTimeField()
    end = models.DateTimeField()

    class Meta:
        ordering = ["start", "activity_id"]
        indexes = [
            models.Index(fields=["start"], name="occurrence_start"),
            models.Index(fields=["start", "activity"], name="occurrence_start_activity"),
        ]
        verbose_name = _("datum van een activiteit")
        verbose_name_plural = _("datums van activiteiten")

    def __str__(self) -> str:
        return f"{self.activity_id} @ {self.start.isoformat()}"


class OccurrenceHorizon(models.Model):
    """The window [start, end) the occurrence table holds (one row, moved on nightly)."""

    start = models.DateTimeField()
    end = models.DateTimeField()
    extended_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("horizon van de agenda")

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"
