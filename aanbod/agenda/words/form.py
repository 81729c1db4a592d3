"""The schedule widget on an activity's edit form: choices in words, the rule read back, next dates.

The form's own fields (``schedule_*``) become the stored RRULE, series end and exception dates
(``ActivityPage.recurrence``, ``series_end``, ``exception_dates``), so feeds, import and API see
what they saw before. A stored rule the widget cannot show (from an imported calendar) is shown
read-only in words and kept as it is unless the editor chooses to set a new schedule. Works
without JavaScript; ``static/js/schedule-widget.js`` adds the live preview.
"""

import datetime

from django import forms
from django.apps import apps
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.panels import Panel

from aanbod.agenda import schedules
from aanbod.agenda.words import rules
from aanbod.agenda.words.describe import describe_schedule, long_date, weekday_names
from home.date_inputs import DutchDateField
from home.region_links import RegionPageForm

PREVIEW_COUNT = 8
MAX_INTERVAL = 99

KIND_CHOICES = [
    (rules.ONCE, _("Eén keer")),
    (rules.DAILY, _("Elke dag, of om de paar dagen")),
    (rules.WEEKLY, _("Elke week, of om de paar weken")),
    (rules.MONTHLY, _("Elke maand, of om de paar maanden")),
]
MONTHLY_CHOICES = [
    (rules.BY_DATE, _("Op dezelfde datum (bijvoorbeeld de 15e)")),
    (rules.BY_WEEKDAY, _("Op een vaste dag van de week (bijvoorbeeld de tweede dinsdag)")),
]
ORDINAL_CHOICES = [
    ("1", _("eerste")),
    ("2", _("tweede")),
    ("3", _("derde")),
    ("4", _("vierde")),
    ("-1", _("laatste")),
]
ENDS_CHOICES = [
    (rules.NEVER, _("Geen einddatum")),
    (rules.UNTIL, _("Tot en met een datum")),
    (rules.COUNT, _("Na een aantal keer")),
]
DAY_LABELS = [
    _("maandag"),
    _("dinsdag"),
    _("woensdag"),
    _("donderdag"),
    _("vrijdag"),
    _("zaterdag"),
    _("zondag"),
]
DAY_CHOICES = list(zip(rules.WEEKDAYS, DAY_LABELS, strict=True))


class DatesField(forms.MultipleChoiceField):
    """Checkboxes of dates (ISO); any real date is accepted, as the list follows the schedule."""

    widget = forms.CheckboxSelectMultiple

    def valid_value(self, value) -> bool:
        """A date in ISO form (2027-01-12)."""
        try:
            datetime.date.fromisoformat(str(value))
        except ValueError:
            return False
        return True


def _number(label, minimum: int, maximum: int, message):
    errors = {"invalid": message, "min_value": message, "max_value": message}
    widget = forms.NumberInput(attrs={"min": minimum, "max": maximum, "class": "schedule-number"})
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=minimum,
        max_value=maximum,
        error_messages=errors,
        widget=widget,
    )


class ActivityPageForm(RegionPageForm):
    """An activity's edit form with the schedule widget (see the module docstring)."""

    schedule_kind = forms.ChoiceField(
        label=_("Hoe vaak"), choices=KIND_CHOICES, required=False, widget=forms.RadioSelect
    )
    schedule_interval = _number(
        _("Om de hoeveel dagen, weken of maanden (1 = elke)"),
        1,
        MAX_INTERVAL,
        _('Vul bij "om de hoeveel" een getal van 1 tot en met 99 in.'),
    )
    schedule_weekdays = forms.MultipleChoiceField(
        label=_("Op welke dagen van de week"),
        choices=DAY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    schedule_monthly_by = forms.ChoiceField(
        label=_("Welke dag van de maand"),
        choices=MONTHLY_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    schedule_month_day = _number(
        _("Datum in de maand"), 1, 31, _("Vul een dag van de maand in: 1 tot en met 31.")
    )
    schedule_ordinal = forms.ChoiceField(
        label=_("Welke keer in de maand"), choices=ORDINAL_CHOICES, required=False
    )
    schedule_ordinal_weekday = forms.ChoiceField(
        label=_("Dag van de week"), choices=DAY_CHOICES, required=False
    )
    schedule_ends = forms.ChoiceField(
        label=_("Tot wanneer"), choices=ENDS_CHOICES, required=False, widget=forms.RadioSelect
    )
    schedule_until = DutchDateField(label=_("Laatste keer op of voor"), required=False)
    schedule_count = _number(
        _("Aantal keer"),
        1,
        schedules.MAX_OCCURRENCES,
        _("Vul in hoe vaak de activiteit plaatsvindt: een getal van 1 tot en met 2000."),
    )
    schedule_cancelled = DatesField(label=_("Vervalt op"), required=False)
    schedule_cancel_other = DutchDateField(
        label=_("Nog een datum laten vervallen"),
        required=False,
        help_text=_("Voor een datum die niet in het lijstje staat."),
    )
    schedule_replace = forms.BooleanField(
        label=_("Herhaling hier opnieuw instellen"),
        required=False,
        help_text=_("Zonder vinkje blijft de herhaling zoals hierboven beschreven."),
    )

    def __init__(self, *args, **kwargs):
        """Fill the widget from the stored rule (or mark it read-only when it cannot show it)."""
        super().__init__(*args, **kwargs)
        page = self.instance
        self.stored_schedule = rules.schedule_from_rule(
            page.recurrence, page.series_end, page.start
        )
        self.initial.update(_initial(self.stored_schedule or rules.Schedule()))
        future = [d for d in self._stored_exceptions() if d >= timezone.localdate()]
        self.initial["schedule_cancelled"] = [d.isoformat() for d in future]

    def _stored_exceptions(self) -> list[datetime.date]:
        return sorted(e.date for e in self.instance.exception_dates.all())

    @property
    def rule_is_read_only(self) -> bool:
        """Whether the stored rule is more than the widget can show (and the editor keeps it)."""
        if self.stored_schedule is not None:
            return False
        return not (self.is_bound and self._raw_bool("schedule_replace"))

    def _raw(self, name: str):
        field = self.fields[name]
        return field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))

    def _raw_bool(self, name: str) -> bool:
        try:
            return bool(self.fields[name].clean(self._raw(name)))
        except forms.ValidationError:
            return False

    def _value(self, name: str):
        """A field's clean value from the submitted data, or its initial value; None if invalid."""
        if not self.is_bound:
            return self.initial.get(name, self.fields[name].initial)
        try:
            return self.fields[name].clean(self._raw(name))
        except forms.ValidationError:
            return None

    def moments(self) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """The first time's start and end as submitted (or stored)."""
        if not self.is_bound:
            return self.instance.start, self.instance.end
        return self._value("start"), self._value("end")

    def posted_schedule(self) -> tuple[rules.Schedule, dict[str, str]]:
        """The widget's choices as a Schedule, with errors in words per field."""
        errors: dict[str, str] = {}
        kind = self._value("schedule_kind") or rules.ONCE
        values: dict = {"kind": kind}
        if kind != rules.ONCE:
            interval = self._value("schedule_interval")
            if interval is None and self._raw("schedule_interval") in (None, ""):
                interval = 1
            if interval is None:
                errors["schedule_interval"] = _(
                    'Vul bij "om de hoeveel" een getal van 1 tot en met 99 in.'
                )
            values["interval"] = interval or 1
            values.update(self._kind_values(kind, errors))
            values.update(self._end_values(errors))
        return rules.Schedule(**values), errors

    def _kind_values(self, kind: str, errors: dict) -> dict:
        if kind == rules.WEEKLY:
            days = tuple(self._value("schedule_weekdays") or ())
            if not days:
                errors["schedule_weekdays"] = _("Kies minstens één dag van de week.")
            return {"weekdays": tuple(sorted(days, key=rules.WEEKDAYS.index))}
        if kind != rules.MONTHLY:
            return {}
        if (self._value("schedule_monthly_by") or rules.BY_DATE) == rules.BY_WEEKDAY:
            return {
                "monthly_by": rules.BY_WEEKDAY,
                "ordinal": int(self._value("schedule_ordinal") or 1),
                "ordinal_weekday": self._value("schedule_ordinal_weekday") or "MO",
            }
        day = self._value("schedule_month_day")
        start, _end = self.moments()
        if day is None and self._raw("schedule_month_day") in (None, "") and start:
            day = start.astimezone(schedules.LOCAL_TZ).day  # blank: the first time's date
        if not day:
            errors["schedule_month_day"] = _("Vul een dag van de maand in: 1 tot en met 31.")
        return {"monthly_by": rules.BY_DATE, "month_day": day or 1}

    def _end_values(self, errors: dict) -> dict:
        ends = self._value("schedule_ends") or rules.NEVER
        if ends == rules.UNTIL:
            until = self._value("schedule_until")
            if not until:
                errors["schedule_until"] = _("Vul de datum van de laatste keer in.")
            return {"ends": ends, "until": until}
        if ends == rules.COUNT:
            count = self._value("schedule_count")
            if not count:
                errors["schedule_count"] = _(
                    "Vul in hoe vaak de activiteit plaatsvindt: een getal van 1 tot en met 2000."
                )
            return {"ends": ends, "count": count}
        return {"ends": rules.NEVER}

    def resolved(self) -> tuple[str, datetime.date | None, dict[str, str]]:
        """The rule and series end to store (the stored ones when unchanged), with any errors."""
        page = self.instance
        if self.rule_is_read_only:
            return page.recurrence, page.series_end, {}
        schedule, errors = self.posted_schedule()
        start, _end = self.moments()
        if schedule == self.stored_schedule and page.recurrence:  # kept as imported or typed
            if schedule.ends == rules.COUNT and start:  # the last of n times moves with the start
                return page.recurrence, rules.first_and_last(page.recurrence, start)[1], errors
            return page.recurrence, page.series_end, errors
        rule = rules.rule_from_schedule(schedule)
        if errors or start is None:
            return rule, None, errors
        return rule, rules.series_end_for(schedule, start), errors

    def exception_dates(self) -> list[datetime.date]:
        """Cancelled dates as submitted, plus past ones (not shown, never lost)."""
        today = timezone.localdate()
        kept = {d for d in self._stored_exceptions() if d < today}
        chosen = {datetime.date.fromisoformat(d) for d in self._value("schedule_cancelled") or []}
        other = self._value("schedule_cancel_other")
        return sorted(kept | chosen | ({other} if other else set()))

    def clean(self):
        """Turn the widget's choices into the stored rule, series end and exception dates."""
        cleaned = super().clean()
        rule, series_end, errors = self.resolved()
        for name, message in errors.items():
            if name not in self.errors:  # a field's own check may have said it already
                self.add_error(name, message)
        if errors:
            return cleaned
        start = cleaned.get("start")
        if start:
            self._check_fits(rule, series_end, start)
        self.instance.recurrence = rule
        self.instance.series_end = series_end if rule else None
        return cleaned

    def _check_fits(self, rule: str, series_end: datetime.date | None, start) -> None:
        """The first time must be a date of the schedule, and the series must not end before it."""
        day = start.astimezone(schedules.LOCAL_TZ).date()
        if not rule or self.rule_is_read_only or (series_end and series_end < day):
            return
        first, _last = rules.first_and_last(rule, start)
        if first != day:
            message = _(
                "De eerste keer (%(day)s) valt niet op een dag van deze herhaling. "
                'Vul bij "eerste keer" een datum in die wel past, bijvoorbeeld %(first)s.'
            )
            self.add_error(
                "start",
                message % {"day": long_date(day), "first": long_date(first) if first else "-"},
            )

    def _update_errors(self, errors):
        """The model's errors on the rule or series end, shown at the widget's fields."""
        if hasattr(errors, "error_dict"):
            read_only = self.rule_is_read_only
            targets = {
                "recurrence": "schedule_replace" if read_only else "schedule_kind",
                "series_end": "schedule_replace" if read_only else "schedule_until",
                "exception_dates": "schedule_cancelled",
            }
            for name, target in targets.items():
                if name in errors.error_dict:
                    errors.error_dict.setdefault(target, []).extend(errors.error_dict.pop(name))
        super()._update_errors(errors)

    def save(self, commit=True):
        """Save the page with its exception dates (none for a one-off activity)."""
        page = super().save(commit=False)
        model = type(page).exception_dates.rel.related_model
        days = self.exception_dates() if page.recurrence else []
        page.exception_dates = [model(date=d) for d in days]
        if commit:
            page.save()
        return page

    def preview(self) -> dict:
        """The sentence and the next dates for the form (cancelled ones ticked)."""
        start, end = self.moments()
        if start is None:
            return {"sentence": "", "dates": [], "needs_start": True}
        rule, series_end, errors = self.resolved()
        if errors:
            return {"sentence": "", "dates": [], "errors": list(errors.values())}
        cancelled = set(self.exception_dates()) if self.is_bound else set(self._stored_exceptions())
        now = timezone.now()
        pairs = schedules.expand(
            start,
            end,
            rule,
            [],
            series_end,
            now,
            now + datetime.timedelta(days=3 * 366),
            PREVIEW_COUNT,
        )
        days = [s.astimezone(schedules.LOCAL_TZ).date() for s, _e in pairs]
        later = sorted(d for d in cancelled if d >= now.date() and d not in days)
        names = weekday_names()
        dates = [
            {
                "value": d.isoformat(),
                "label": f"{names[rules.WEEKDAYS[d.weekday()]]} {long_date(d)}",
                "cancelled": d in cancelled,
            }
            for d in [*days, *later]
        ]
        return {
            "sentence": describe_schedule(rule, start, end, series_end),
            "dates": dates,
            "recurring": bool(rule),
        }


def _initial(schedule: rules.Schedule) -> dict:
    return {
        "schedule_kind": schedule.kind,
        "schedule_interval": schedule.interval,
        "schedule_weekdays": list(schedule.weekdays),
        "schedule_monthly_by": schedule.monthly_by,
        "schedule_month_day": schedule.month_day if schedule.kind == rules.MONTHLY else None,
        "schedule_ordinal": str(schedule.ordinal),
        "schedule_ordinal_weekday": schedule.ordinal_weekday,
        "schedule_ends": schedule.ends,
        "schedule_until": schedule.until,
        "schedule_count": schedule.count,
    }


class SchedulePanel(Panel):
    """The schedule widget: how often, until when, the rule in words and the next dates."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Herhaling"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        """A stable name for the panel's HTML id."""
        return super().clean_name or "schedule"

    def get_form_options(self):
        """Claim the widget's fields (declared on the form) so Wagtail renders them once."""
        return {
            "fields": [
                name for name in ActivityPageForm.base_fields if name.startswith("schedule_")
            ]
        }

    class BoundPanel(Panel.BoundPanel):
        """Renders the widget's fields, the sentence and the preview of the next dates."""

        template_name = "aanbod/panels/schedule.html"

        def get_context_data(self, parent_context=None):
            """The form's schedule fields, whether the rule is read-only, and the preview."""
            context = super().get_context_data(parent_context)
            form = self.form
            context.update(
                form=form,
                read_only=form.rule_is_read_only,
                stored_sentence=describe_schedule(
                    self.instance.recurrence,
                    self.instance.start,
                    self.instance.end,
                    self.instance.series_end,
                ),
                preview=form.preview(),
                preview_url=reverse("aanbod_schedule_preview"),
            )
            return context

        @property
        def media(self):
            """The live preview's script (the widget works without it)."""
            return forms.Media(
                js=["js/schedule-widget.js"], css={"all": ["css/schedule-widget.css"]}
            )


@require_POST
def preview_view(request: HttpRequest) -> HttpResponse:
    """The preview (sentence and next dates) for the submitted edit form, as an HTML fragment."""
    model = apps.get_model("aanbod", "ActivityPage")
    page = model()
    page_id = str(request.POST.get("page_id", ""))
    if page_id.isdigit():
        found = model.objects.filter(pk=int(page_id)).first()
        if found and found.permissions_for_user(request.user).can_edit():
            page = found.get_latest_revision_as_object()
    form_class = model.get_edit_handler().get_form_class()
    form = form_class(request.POST, instance=page, for_user=request.user)
    context = {"preview": form.preview(), "form": form}
    return HttpResponse(render_to_string("aanbod/panels/schedule_preview.html", context, request))
