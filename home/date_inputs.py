"""Date and time inputs for editors that keep what was typed and read it on the server.

Wagtail's own date pickers (``AdminDateInput``, ``AdminDateTimeInput``) attach a jQuery picker
that replaces text it cannot read with today's date when the field loses focus, so a Dutch
``8-12-2026 10:00`` silently became "now". These inputs are plain text boxes: no picker script
attaches to them, the browser sends exactly what was typed, ``home.dutch_dates`` reads it, and an
unreadable value comes back in the box with an error saying what to type. Times come in steps of
five minutes (a list of suggestions on the time box); another minute is refused with the two
nearest times named, except a time that was already stored (such as one from a linked calendar),
which is kept as it is. ``DateFieldPanel`` puts them on a page's date fields without changing the
stored model fields.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from .dutch_dates import (
    DateInputError,
    check_time_step,
    format_date,
    format_time,
    parse_date,
    parse_time,
    split_date_and_time,
    time_choices,
)


def _with_hint(context: dict, hint: str) -> dict:
    """Add the widget's format hint and point the input's aria-describedby at it too."""
    attrs = context["widget"]["attrs"]
    hint_id = f"{attrs.get('id') or context['widget']['name']}-formaat"
    described = attrs.get("aria-describedby", "")
    attrs["aria-describedby"] = f"{described} {hint_id}".strip()
    context["widget"]["hint"] = hint
    context["widget"]["hint_id"] = hint_id
    return context


class DutchDateInput(forms.TextInput):
    """A text box for a date, shown as 8-12-2026; what was typed is sent as it is."""

    template_name = "home/widgets/date_input.html"

    class Media:
        css = {"all": ["css/date-inputs.css"]}

    hint = _("Bijv. 8-12-2026 of 8 dec")

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "size": "16", **(attrs or {})})

    def format_value(self, value):
        """A date as 8-12-2026; typed text (after an error) unchanged."""
        if isinstance(value, datetime.date):
            return format_date(value)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        """The input plus its format hint."""
        return _with_hint(super().get_context(name, value, attrs), str(self.hint))


class DutchTimeInput(forms.TextInput):
    """A text box for a time with a list of suggestions in steps of five minutes."""

    template_name = "home/widgets/time_input.html"

    class Media:
        css = {"all": ["css/date-inputs.css"]}

    hint = _("Bijv. 10.30")

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "size": "6", "inputmode": "text", **(attrs or {})})

    def format_value(self, value):
        """A time as 10:30; typed text (after an error) unchanged."""
        if isinstance(value, datetime.time):
            return format_time(value)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        """The input, its format hint and the datalist of five-minute times."""
        context = _with_hint(super().get_context(name, value, attrs), str(self.hint))
        list_id = f"{context['widget']['attrs'].get('id') or name}-tijden"
        context["widget"]["attrs"]["list"] = list_id
        context["widget"]["list_id"] = list_id
        context["widget"]["times"] = time_choices()
        return context


class DutchDateTimeWidget(forms.MultiWidget):
    """A date box and a time box side by side, for one date-time field."""

    template_name = "home/widgets/datetime_input.html"

    label = ""

    def __init__(self, attrs=None):
        super().__init__([DutchDateInput(), DutchTimeInput()], attrs)

    def id_for_label(self, id_):
        """The field's label names the date box (Django's MultiWidget leaves it unlabelled)."""
        return f"{id_}_0" if id_ else ""

    def get_context(self, name, value, attrs):
        """Name the time box after the field ("Eerste keer: begin, tijd") for screen readers."""
        context = super().get_context(name, value, attrs)
        if self.label:
            time = context["widget"]["subwidgets"][1]
            time["attrs"]["aria-label"] = f"{self.label}, {_('tijd')}"
        return context

    def decompress(self, value):
        """A stored date-time as its local date and time."""
        if isinstance(value, datetime.datetime):
            if timezone.is_aware(value):
                value = timezone.localtime(value)
            return [value.date(), value.time()]
        return [None, None]


def _invalid(error: DateInputError) -> ValidationError:
    """A form error from a parser error."""
    return ValidationError(str(error), code="invalid")


class DutchDateField(forms.Field):
    """A date typed the Dutch way (``home.dutch_dates.parse_date``)."""

    widget = DutchDateInput

    def to_python(self, value):
        """The date, or an error that says what to type."""
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return timezone.localdate(value) if timezone.is_aware(value) else value.date()
        if isinstance(value, datetime.date):
            return value
        try:
            return parse_date(str(value), today=timezone.localdate())
        except DateInputError as error:
            raise _invalid(error) from None


class DutchTimeField(forms.Field):
    """A time typed the Dutch way, in steps of five minutes."""

    widget = DutchTimeInput

    def to_python(self, value):
        """The time, or an error that says what to type."""
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        try:
            return check_time_step(parse_time(str(value)))
        except DateInputError as error:
            raise _invalid(error) from None


class DutchDateTimeField(forms.Field):
    """A date and a time typed the Dutch way, stored as one aware date-time.

    A time typed in the date box with the date ("8-12-2026 10:00") is read too. A time off the
    five-minute steps is refused unless it is the value already stored.
    """

    widget = DutchDateTimeWidget
    default_error_messages = {
        "required": _("Vul de datum en de tijd in, bijv. 8-12-2026 en 10.30."),
        "no_time": _("Vul ook de tijd in, bijv. 10.30."),
        "no_date": _("Vul ook de datum in, bijv. 8-12-2026."),
    }
    _stored = None

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.label = str(self.label or "")

    def _clean_bound_field(self, bf):
        """Clean with the stored value at hand, so an imported off-step time can stay."""
        self._stored = bf.initial
        return super()._clean_bound_field(bf)

    def to_python(self, value):
        """The aware date-time, or errors for the date and the time that say what to type."""
        if isinstance(value, datetime.datetime):
            return value
        if isinstance(value, str):
            value = [value]
        date_text, time_text = [*list(value or []), "", ""][:2]
        date_text, time_text = (date_text or "").strip(), (time_text or "").strip()
        if date_text and not time_text:
            date_text, time_text = split_date_and_time(date_text)
        if not date_text and not time_text:
            return None
        if not date_text:
            raise ValidationError(self.error_messages["no_date"], code="no_date")
        if not time_text:
            raise ValidationError(self.error_messages["no_time"], code="no_time")
        errors, day, time = [], None, None
        try:
            day = parse_date(date_text, today=timezone.localdate())
        except DateInputError as error:
            errors.append(_invalid(error))
        try:
            time = parse_time(time_text)
        except DateInputError as error:
            errors.append(_invalid(error))
        if errors:
            raise ValidationError(errors)
        value = timezone.make_aware(datetime.datetime.combine(day, time))
        if value != self._stored:
            try:
                check_time_step(time)
            except DateInputError as error:
                raise _invalid(error) from None
        return value


class DateFieldPanel(FieldPanel):
    """A FieldPanel that edits a model's date or date-time field with the Dutch inputs."""

    def get_form_options(self):
        """Swap the form field and widget; the model field stays as it is."""
        options = super().get_form_options()
        if isinstance(self.db_field, models.DateTimeField):
            field_class = DutchDateTimeField
        else:
            field_class = DutchDateField
        options["field_classes"] = {self.field_name: field_class}
        options["widgets"] = {**options.get("widgets", {}), self.field_name: field_class.widget}
        return options
