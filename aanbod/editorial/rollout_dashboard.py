"""The rollout dashboard: figures per gemeente of a region, as a table, a chart and CSV."""

import csv
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.models import Page

from aanbod.editorial import freshness
from aanbod.models import (
    ActivityPage,
    ItemStatus,
    OfferPage,
    OrganisationPage,
    RequestPage,
)
from home.admin_screens import AdminScreenMixin
from home.models import HomePage
from wijken.models import GemeentePage, WijkPage
from wijken.onboarding import administered_regions
from wijken.rollout import PHASE_ORDER, RolloutPhase, effective_phase


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
    """The dashboard figures per gemeente of a region: one grouped query per figure.

    Every figure is counted for all gemeenten at once, grouped by the gemeente's tree path (the
    first steps of a page's or its wijk's path), so the number of queries does not grow with
    the number of gemeenten.
    """
    today = timezone.localdate()
    cutoff = freshness.stale_cutoff(months)
    gemeenten = list(GemeentePage.objects.child_of(home).order_by("title"))
    if not gemeenten:
        return []
    length = len(home.path) + Page.steplen  # every gemeente is a child of the region's home
    wijken = _wijk_phases(home, length, today)
    organisations = _tied_per_gemeente(OrganisationPage, home, length)
    activities = _tied_per_gemeente(ActivityPage, home, length)
    open_q = Q(status=ItemStatus.OPEN) & (Q(expires_at__isnull=True) | Q(expires_at__gte=today))
    requests = _below_per_gemeente(RequestPage.objects.live().filter(open_q), home, length)
    offers = _below_per_gemeente(OfferPage.objects.live().filter(open_q), home, length)
    stale = _stale_per_gemeente(home, length, cutoff)
    rows = []
    for gemeente in gemeenten:
        row = GemeenteFigures(gemeente=gemeente, phase=gemeente.get_rollout_phase(today))
        row.wijken = {phase.value: 0 for phase in PHASE_ORDER}
        row.wijken.update(wijken.get(gemeente.path, {}))
        row.organisations = organisations.get(gemeente.path, 0)
        row.activities = activities.get(gemeente.path, 0)
        row.open_requests = requests.get(gemeente.path, 0)
        row.open_offers = offers.get(gemeente.path, 0)
        row.matched_pairs = matched_pairs_for(gemeente)
        row.stale = stale.get(gemeente.path, 0)
        rows.append(row)
    return rows


def _gemeente_path(field: str, length: int) -> Substr:
    return Substr(field, 1, length)


def _wijk_phases(home: HomePage, length: int, today) -> dict[str, dict[str, int]]:
    """Per gemeente path: the number of its wijken in each effective phase (one query)."""
    counts: dict[str, dict[str, int]] = {}
    rows = (
        WijkPage.objects.filter(path__startswith=home.path, depth=home.depth + 2)
        .annotate(gemeente_path=_gemeente_path("path", length))
        .values_list("gemeente_path", "rollout_phase", "pilot_date", "live_date")
    )
    for gemeente_path, phase, pilot_date, live_date in rows:
        value = effective_phase(phase, pilot_date, live_date, today).value
        per_phase = counts.setdefault(gemeente_path, {})
        per_phase[value] = per_phase.get(value, 0) + 1
    return counts


def _tied_per_gemeente(model, home: HomePage, length: int, pages=None) -> dict[str, int]:
    """Per gemeente path: live pages of ``model`` tied to one of its wijken (one query)."""
    field = model._meta.get_field("wijken")
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    pages = model.objects.live() if pages is None else pages
    rows = (
        through.objects.filter(
            **{f"{target}__path__startswith": home.path, f"{source}__in": pages.values("pk")}
        )
        .annotate(gemeente_path=_gemeente_path(f"{target}__path", length))
        .values("gemeente_path")
        .annotate(n=Count(source, distinct=True))
        .values_list("gemeente_path", "n")
    )
    return dict(rows)


def _below_per_gemeente(queryset, home: HomePage, length: int) -> dict[str, int]:
    """Per gemeente path: the rows of ``queryset`` below that gemeente (one query)."""
    rows = (
        queryset.filter(path__startswith=home.path)
        .annotate(gemeente_path=_gemeente_path("path", length))
        .values("gemeente_path")
        .annotate(n=Count("pk"))
        .values_list("gemeente_path", "n")
    )
    return dict(rows)


def _stale_per_gemeente(home: HomePage, length: int, cutoff) -> dict[str, int]:
    """Per gemeente path: stale pages tied to one of its wijken (one query per page type)."""
    totals: dict[str, int] = {}
    for model, stale in zip(
        freshness.FRESHNESS_MODELS, freshness.stale_querysets(cutoff), strict=True
    ):
        for path, n in _tied_per_gemeente(model, home, length, stale).items():
            totals[path] = totals.get(path, 0) + n
    return totals


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


class RolloutDashboardView(AdminScreenMixin, TemplateView):
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
