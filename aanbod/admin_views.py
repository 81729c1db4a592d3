"""Admin views: the "verouderde inhoud" report, "nog actueel", the rollout dashboard, onboarding."""

import csv
from dataclasses import dataclass, field

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from home.models import HomePage
from wijken.models import GemeentePage, WijkPage
from wijken.onboarding import administered_regions
from wijken.postcodes import parse_postcode_list
from wijken.rollout import PHASE_ORDER, RolloutPhase

from . import freshness
from .models import (
    ActivityPage,
    ItemStatus,
    OfferPage,
    OrganisationKind,
    OrganisationPage,
    RequestPage,
    ReviewMode,
)
from .onboarding import OnboardingError, onboard_gemeente, onboard_organisation

# -- freshness -------------------------------------------------------------------------------


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


class FreshnessReportView(WagtailAdminTemplateMixin, TemplateView):
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


class ConfirmCurrentView(WagtailAdminTemplateMixin, TemplateView):
    """'Nog actueel': one POST confirms a page is still correct (GET asks first)."""

    template_name = "aanbod/admin/confirm_current.html"
    page_title = gettext_lazy("Nog actueel?")
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


# -- rollout dashboard -----------------------------------------------------------------------


@dataclass
class GemeenteFigures:
    """One row of the rollout dashboard."""

    gemeente: GemeentePage
    phase: RolloutPhase
    wijken: dict[str, int] = field(default_factory=dict)
    organisations: int = 0
    activities: int = 0
    open_requests: int = 0
    open_offers: int = 0
    matched_pairs: int | None = None
    stale: int = 0

    @property
    def wijken_total(self) -> int:
        """All wijken of the gemeente."""
        return sum(self.wijken.values())


def matched_pairs_for(gemeente) -> int | None:
    """Matched request/offer pairs, when the portal records them (None: not available)."""
    from django.apps import apps

    for name in ("Match", "MatchSuggestion", "Matching"):
        try:
            model = apps.get_model("aanbod", name)
        except LookupError:
            continue
        for field_name in ("request", "offer"):
            if any(f.name == field_name for f in model._meta.get_fields()):
                return model.objects.filter(
                    **{f"{field_name}__path__startswith": gemeente.path}
                ).count()
    return None


def gemeente_figures(home: HomePage, months: int | None = None) -> list[GemeenteFigures]:
    """The dashboard figures per gemeente of a region (a fixed number of queries per gemeente)."""
    today = timezone.localdate()
    cutoff = freshness.stale_cutoff(months)
    rows = []
    for gemeente in GemeentePage.objects.child_of(home).order_by("title"):
        row = GemeenteFigures(gemeente=gemeente, phase=gemeente.get_rollout_phase(today))
        row.wijken = {phase.value: 0 for phase in PHASE_ORDER}
        wijken = list(WijkPage.objects.child_of(gemeente))
        for wijk in wijken:
            row.wijken[wijk.get_rollout_phase(today).value] += 1
        wijk_ids = [w.pk for w in wijken]
        row.organisations = (
            OrganisationPage.objects.live().filter(wijken__in=wijk_ids).distinct().count()
        )
        row.activities = ActivityPage.objects.live().filter(wijken__in=wijk_ids).distinct().count()
        open_q = Q(status=ItemStatus.OPEN) & (Q(expires_at__isnull=True) | Q(expires_at__gte=today))
        below = Q(path__startswith=gemeente.path)
        row.open_requests = RequestPage.objects.live().filter(below & open_q).count()
        row.open_offers = OfferPage.objects.live().filter(below & open_q).count()
        row.matched_pairs = matched_pairs_for(gemeente)
        row.stale = sum(qs.count() for qs in freshness.stale_querysets(cutoff, gemeente=gemeente))
        rows.append(row)
    return rows


CSV_COLUMNS = [
    "gemeente",
    "fase",
    "wijken in voorbereiding",
    "wijken in pilot",
    "wijken live",
    "organisaties",
    "activiteiten",
    "open vragen",
    "open aanbod",
    "gematchte paren",
    "verouderde items",
]


def csv_row(row: GemeenteFigures) -> list:
    """The CSV values of one dashboard row (matched pairs empty when not recorded)."""
    return [
        row.gemeente.title,
        row.phase.value,
        row.wijken["preparation"],
        row.wijken["pilot"],
        row.wijken["live"],
        row.organisations,
        row.activities,
        row.open_requests,
        row.open_offers,
        "" if row.matched_pairs is None else row.matched_pairs,
        row.stale,
    ]


def chart_bars(rows: list[GemeenteFigures], width: int = 480) -> list[dict]:
    """Stacked-bar geometry (SVG units) of wijken per phase per gemeente."""
    most = max([r.wijken_total for r in rows] + [1])
    bars = []
    for index, row in enumerate(rows):
        x, segments = 0.0, []
        for phase in PHASE_ORDER:
            count = row.wijken[phase.value]
            w = width * count / most
            segments.append(
                {"phase": phase.value, "label": phase.label, "count": count, "x": x, "w": w}
            )
            x += w
        bars.append({"title": row.gemeente.title, "y": index * 34, "segments": segments})
    return bars


class RolloutDashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Uitrol per gemeente for regional administrators, with a chart and a CSV export."""

    template_name = "aanbod/admin/rollout_dashboard.html"
    page_title = gettext_lazy("Uitrol")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        self.regions = list(administered_regions(request.user))
        if not self.regions:
            raise PermissionDenied
        raw = request.GET.get("region", "")
        self.region = next((r for r in self.regions if str(r.pk) == raw), self.regions[0])
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.rows = gemeente_figures(self.region)
        if request.GET.get("format") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = (
                f'attachment; filename="uitrol-{self.region.slug}.csv"'
            )
            writer = csv.writer(response)
            writer.writerow(CSV_COLUMNS)
            for row in self.rows:
                writer.writerow(csv_row(row))
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bars = chart_bars(self.rows)
        context.update(
            regions=self.regions,
            region=self.region,
            rows=self.rows,
            bars=bars,
            chart_height=max(34 * len(bars), 34),
            phases=PHASE_ORDER,
        )
        return context


# -- onboarding ------------------------------------------------------------------------------


class RegionField(forms.ModelChoiceField):
    """A choice among the regions the user administers."""

    def label_from_instance(self, obj):
        return obj.region_name or obj.title


class GemeenteOnboardingForm(forms.Form):
    """Onboard a gemeente: name, wijken with postcodes, phase and dates."""

    region = RegionField(queryset=HomePage.objects.none(), label=gettext_lazy("Regio"))
    name = forms.CharField(label=gettext_lazy("Naam van de gemeente"), max_length=100)
    wijken = forms.CharField(
        label=gettext_lazy("Wijken"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Eén wijk per regel: naam, dubbele punt, postcodes. "),
    )
    phase = forms.ChoiceField(label=gettext_lazy("Fase"), choices=RolloutPhase.choices)
    pilot_date = forms.DateField(label=gettext_lazy("Pilot vanaf"), required=False)
    live_date = forms.DateField(label=gettext_lazy("Live vanaf"), required=False)
    cbs_code = forms.CharField(label=gettext_lazy("CBS-code"), required=False, max_length=6)

    def __init__(self, *args, regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions

    def clean_wijken(self) -> list[tuple[str, str]]:
        """Parse 'Naam: 6131, 6132 AB' lines."""
        pairs = []
        for line in self.cleaned_data["wijken"].splitlines():
            if line.strip():
                name, _sep, codes = line.partition(":")
                if parse_postcode_list(codes)[1]:
                    raise forms.ValidationError(
                        _("Ongeldige postcode in regel '%(line)s'.") % {"line": line.strip()}
                    )
                pairs.append((name.strip(), codes))
        return pairs


class OrganisationOnboardingForm(forms.Form):
    """Onboard an organisation: name, kind, wijken served, invitees, review mode."""

    region = RegionField(queryset=HomePage.objects.none(), label=gettext_lazy("Regio"))
    name = forms.CharField(label=gettext_lazy("Naam van de organisatie"), max_length=255)
    kind = forms.ChoiceField(label=gettext_lazy("Soort"), choices=OrganisationKind.choices)
    wijken = forms.ModelMultipleChoiceField(
        queryset=WijkPage.objects.none(),
        required=False,
        label=gettext_lazy("Wijken"),
        widget=forms.CheckboxSelectMultiple,
    )
    invite = forms.CharField(
        label=gettext_lazy("Redacteuren uitnodigen"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Eén e-mailadres per regel; zij krijgen een link om een wachtwoord te kiezen."
        ),
    )
    review_mode = forms.ChoiceField(label=gettext_lazy("Publiceren"), choices=ReviewMode.choices)

    def __init__(self, *args, regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions
        wijken = WijkPage.objects.none()
        for region in regions:
            wijken = wijken | WijkPage.objects.descendant_of(region)
        self.fields["wijken"].queryset = wijken.order_by("title")


class OnboardingView(WagtailAdminTemplateMixin, FormView):
    """Shared shape of the two onboarding forms for regional administrators."""

    template_name = "aanbod/admin/onboarding_form.html"
    header_icon = "plus"

    def dispatch(self, request, *args, **kwargs):
        self.regions = administered_regions(request.user)
        if not self.regions.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "regions": self.regions}

    def form_valid(self, form):
        try:
            result = self.onboard(form.cleaned_data)
        except OnboardingError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        if result.changed:
            messages.success(
                self.request,
                _("%(title)s: aangemaakt: %(items)s.")
                % {"title": result.page.title, "items": ", ".join(result.created + result.invited)},
            )
        else:
            messages.info(
                self.request,
                _("%(title)s bestond al; niets veranderd.") % {"title": result.page.title},
            )
        return redirect("wagtailadmin_explore", result.page.pk)


class GemeenteOnboardingView(OnboardingView):
    """Gemeente toevoegen."""

    form_class = GemeenteOnboardingForm
    page_title = gettext_lazy("Gemeente toevoegen")

    def onboard(self, data):
        return onboard_gemeente(
            data["region"],
            data["name"],
            wijken=data["wijken"],
            phase=data["phase"],
            pilot_date=data["pilot_date"],
            live_date=data["live_date"],
            cbs_code=data["cbs_code"],
            user=self.request.user,
        )


class OrganisationOnboardingView(OnboardingView):
    """Organisatie toevoegen."""

    form_class = OrganisationOnboardingForm
    page_title = gettext_lazy("Organisatie toevoegen")

    def onboard(self, data):
        region = data["region"]
        outside = [w.title for w in data["wijken"] if not w.path.startswith(region.path)]
        if outside:
            raise OnboardingError(
                _("Deze wijken horen niet bij de gekozen regio: %(names)s.")
                % {"names": ", ".join(outside)}
            )
        return onboard_organisation(
            region,
            data["name"],
            kind=data["kind"],
            wijken=list(data["wijken"]),
            invite=[line for line in data["invite"].split() if line.strip()],
            review_mode=data["review_mode"],
            user=self.request.user,
        )
