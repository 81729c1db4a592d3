"""Admin screens: upload a spreadsheet, map its columns, see every row's fate, import."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from aanbod.models import OrganisationPage, ReviewMode, SpreadsheetUpload
from aanbod.spreadsheets import columns, read, template
from aanbod.spreadsheets.access import importable_organisations, may_import
from aanbod.spreadsheets.apply import SheetRefused, errors_of, import_sheet
from aanbod.spreadsheets.rows import Context, check_sheet

PREVIEW_ROWS = 200
STATUSES = ("new", "changed", "unchanged", "skipped")
KEEP_UPLOADS = datetime.timedelta(days=1)


class OrganisationField(forms.ModelChoiceField):
    """One of the organisations the editor may import for."""

    def label_from_instance(self, obj):
        return obj.title


class UploadForm(forms.Form):
    """The organisation and the file."""

    organisation = OrganisationField(
        queryset=OrganisationPage.objects.none(), label=gettext_lazy("Organisatie")
    )
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy("Een .xlsx-bestand (Excel) of een .csv-bestand, hooguit 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0].pk
            self.fields["organisation"].widget = forms.HiddenInput()

    def clean(self):
        """Read the file now, so a bad one is refused with the reason before anything is kept."""
        data = super().clean()
        upload = data.get("file")
        if upload is None:
            return data
        try:
            read.check_name(upload.name)
            read.check_size(upload.size)
            data["content"] = upload.read()
            data["sheet"] = read.read_sheet(upload.name, data["content"])
        except read.SheetError as exc:
            self.add_error("file", str(exc))
        return data


class UploadView(WagtailAdminTemplateMixin, FormView):
    """Step 1: choose the file (and the organisation, when the editor has more than one)."""

    template_name = "aanbod/admin/spreadsheet_upload.html"
    form_class = UploadForm
    page_title = gettext_lazy("Activiteiten uit een spreadsheet")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.organisations = importable_organisations(request.user)
        if not self.organisations.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        chosen = self.request.GET.get("organisatie")
        return {"organisation": chosen} if chosen else {}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "organisations": self.organisations}

    def form_valid(self, form):
        organisation = form.cleaned_data["organisation"]
        SpreadsheetUpload.objects.filter(created_at__lt=timezone.now() - KEEP_UPLOADS).delete()
        SpreadsheetUpload.objects.filter(user=self.request.user).delete()
        upload = SpreadsheetUpload.objects.create(
            organisation=organisation,
            user=self.request.user,
            filename=form.cleaned_data["file"].name[:255],
            content=form.cleaned_data["content"],
        )
        return redirect("spreadsheet_preview", upload.pk)


class MappingForm(forms.Form):
    """Which column holds which activity field (one choice per field)."""

    def __init__(self, *args, headers=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("— niet gebruiken —"))] + [(h, h) for h in headers if h]
        for column in columns.COLUMNS:
            label = str(column.heading) + (" *" if column.required else "")
            self.fields[column.key] = forms.ChoiceField(
                label=label, choices=choices, required=False, help_text=column.explanation
            )

    def clean(self):
        """Every required field mapped; no column used twice."""
        data = super().clean()
        mapping = {key: header for key, header in data.items() if header}
        missing = columns.missing_required(mapping)
        if missing:
            raise forms.ValidationError(
                _("Kies nog een kolom voor: %(fields)s.") % {"fields": ", ".join(missing)}
            )
        used = list(mapping.values())
        twice = sorted({h for h in used if used.count(h) > 1})
        if twice:
            raise forms.ValidationError(
                _("De kolom '%(column)s' is aan twee velden gekoppeld; kies er één.")
                % {"column": twice[0]}
            )
        data["mapping"] = mapping
        return data


class PreviewView(WagtailAdminTemplateMixin, View):
    """Step 2 and 3: the mapping, every row's fate or errors, and the import button."""

    template_name = "aanbod/admin/spreadsheet_preview.html"
    page_title = gettext_lazy("Activiteiten uit een spreadsheet")
    header_icon = "table"

    def dispatch(self, request, upload_id):
        self.upload = get_object_or_404(SpreadsheetUpload, pk=upload_id, user=request.user)
        self.organisation = self.upload.organisation.specific
        if not may_import(request.user, self.organisation):
            raise PermissionDenied
        try:
            self.sheet = read.read_sheet(self.upload.filename, bytes(self.upload.content))
        except read.SheetError:
            raise Http404 from None
        return super().dispatch(request, upload_id)

    def get(self, request, upload_id):
        initial = columns.initial_mapping(self.organisation, self.sheet.headers)
        form = MappingForm(initial=initial, headers=self.sheet.headers)
        mapping = initial if not columns.missing_required(initial) else None
        return self.render(form, mapping)

    def post(self, request, upload_id):
        form = MappingForm(request.POST, headers=self.sheet.headers)
        if not form.is_valid():
            return self.render(form, None)
        mapping = form.cleaned_data["mapping"]
        columns.remember(self.organisation, mapping)
        if request.POST.get("action") != "import":
            return self.render(form, mapping)
        try:
            summary = import_sheet(self.organisation, self.sheet, mapping, user=request.user)
        except SheetRefused as refused:
            return self.render(form, mapping, refused=refused.messages)
        self.upload.delete()
        messages.success(
            request,
            _("%(name)s geïmporteerd: %(summary)s.")
            % {"name": self.upload.filename, "summary": summary.text()},
        )
        return redirect("wagtailadmin_explore", self.organisation.pk)

    def render(self, form, mapping, refused=None):
        rows, errors = [], []
        if mapping is not None:
            rows = check_sheet(self.sheet, mapping, Context(self.organisation))
            errors = refused or errors_of(rows)
        context = self.get_context_data(
            form=form,
            organisation=self.organisation,
            upload=self.upload,
            rows=rows[:PREVIEW_ROWS],
            more_rows=max(0, len(rows) - PREVIEW_ROWS),
            counts={s: sum(r.status == s for r in rows) for s in STATUSES},
            errors=errors,
            can_import=bool(rows) and not errors,
            review=self.organisation.review_mode != ReviewMode.DIRECT,
            upload_form=UploadForm(
                organisations=OrganisationPage.objects.filter(pk=self.organisation.pk),
                initial={"organisation": self.organisation.pk},
            ),
        )
        return render(self.request, self.template_name, context)


class TemplateView(View):
    """The example spreadsheet, as .xlsx or .csv."""

    def get(self, request, extension):
        organisations = importable_organisations(request.user)
        if not organisations.exists():
            raise PermissionDenied
        wijk = organisations.first().wijken.order_by("title").first()
        name = wijk.title if wijk else ""
        if extension == "xlsx":
            content = template.as_xlsx(name)
            kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        else:
            content = template.as_csv(name)
            kind = "text/csv; charset=utf-8"
        response = HttpResponse(content, content_type=kind)
        filename = _("activiteiten-sjabloon")
        response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
        return response
