"""The rollout dashboard: figures per gemeente of a region, as a table, a chart and CSV."""

import csv
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from aanbod.editorial import freshness
from aanbod.models import (
    ActivityPage,
    ItemStatus,
    OfferPage,
    OrganisationPage,
    RequestPage,
)
from home.models import HomePage
from wijken.models import GemeentePage, WijkPage
from wijken.onboarding import administered_regions
from wijken.rollout import PHASE_ORDER, RolloutPhase


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
