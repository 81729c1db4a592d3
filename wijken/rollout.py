"""The rollout rule, in one place: which gemeenten and wijken the public may see, and when.

A gemeente or wijk has a phase set by hand (``rollout_phase``) and optional dates on which it
enters the pilot (``pilot_date``) and goes live (``live_date``). Its *effective* phase is the
furthest of those that has been reached, so a phase date passing moves it on without anyone
publishing anything. ``preparation`` hides; ``pilot`` and ``live`` show (pilot with a badge).
A wijk is visible only when its gemeente is visible too.

The public readers get the stored answer (``wijken.visibility_store``) for today; the rule
below is what is stored, and what answers for any other date.
"""

import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.utils import timezone

from wagtail.models import Page

from wijken.models import GemeentePage, WijkPage
from wijken.phases import RolloutPhase
from wijken.visibility_store import stored_visible, use_stored

PHASE_ORDER = [RolloutPhase.PREPARATION, RolloutPhase.PILOT, RolloutPhase.LIVE]
VISIBLE_PHASES = [RolloutPhase.PILOT, RolloutPhase.LIVE]


def today() -> datetime.date:
    """The current date in the portal's time zone."""
    return timezone.localdate()


def effective_phase(
    phase: str, pilot_date: datetime.date | None, live_date: datetime.date | None, on=None
) -> RolloutPhase:
    """The phase in force on a date: the furthest of the set phase and the dates reached."""
    on = on or today()
    reached = [RolloutPhase(phase)]
    if pilot_date and pilot_date <= on:
        reached.append(RolloutPhase.PILOT)
    if live_date and live_date <= on:
        reached.append(RolloutPhase.LIVE)
    return max(reached, key=PHASE_ORDER.index)


def next_phase_change(
    phase: str, pilot_date: datetime.date | None, live_date: datetime.date | None, on=None
) -> tuple[RolloutPhase, datetime.date] | None:
    """The next phase and the date it starts, or None when no change is planned."""
    on = on or today()
    current = effective_phase(phase, pilot_date, live_date, on)
    planned = [(RolloutPhase.PILOT, pilot_date), (RolloutPhase.LIVE, live_date)]
    for next_phase, date in planned:
        if date and date > on and PHASE_ORDER.index(next_phase) > PHASE_ORDER.index(current):
            return next_phase, date
    return None


def live_before_pilot(pilot_date: datetime.date | None, live_date: datetime.date | None) -> bool:
    """True when both dates are set and going live would come before the pilot (not allowed)."""
    return bool(pilot_date and live_date and live_date < pilot_date)


def visible_phase_q(on=None) -> Q:
    """A filter for rows (with RolloutFields) whose effective phase shows them publicly."""
    on = on or today()
    return Q(rollout_phase__in=VISIBLE_PHASES) | Q(pilot_date__lte=on) | Q(live_date__lte=on)


def live_phase_q(on=None) -> Q:
    """A filter for rows (with RolloutFields) whose effective phase is live."""
    on = on or today()
    return Q(rollout_phase=RolloutPhase.LIVE) | Q(live_date__lte=on)


def phase_q(phase: str, on=None) -> Q:
    """A filter for rows (with RolloutFields) whose effective phase on a date is ``phase``."""
    phase = RolloutPhase(phase)
    if phase == RolloutPhase.LIVE:
        return live_phase_q(on)
    if phase == RolloutPhase.PILOT:
        return visible_phase_q(on) & ~live_phase_q(on)
    return ~visible_phase_q(on)


def _parent_path():
    """The tree path of the outer row's parent page (treebeard materialised path)."""
    return Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)


def visible_gemeenten(on=None) -> QuerySet:
    """Live, public gemeenten whose effective phase is pilot or live."""
    if use_stored(on):
        return stored_visible(GemeentePage.objects.all())
    return GemeentePage.objects.live().public().filter(visible_phase_q(on))


def visible_wijken(on=None) -> QuerySet:
    """Live, public wijken in pilot or live whose gemeente is visible too."""
    if use_stored(on):
        return stored_visible(WijkPage.objects.all())
    gemeente_visible = visible_gemeenten(on).filter(path=_parent_path())
    return (
        WijkPage.objects.live()
        .public()
        .filter(visible_phase_q(on))
        .filter(Exists(gemeente_visible))
    )


def hidden_area_paths(on=None) -> list[str]:
    """Tree paths of the gemeenten and wijken the public may not see (with all below them)."""
    hidden_gemeenten = GemeentePage.objects.exclude(pk__in=visible_gemeenten(on).values("pk"))
    hidden_wijken = WijkPage.objects.exclude(pk__in=visible_wijken(on).values("pk"))
    paths = list(hidden_gemeenten.values_list("path", flat=True))
    paths += [p for p in hidden_wijken.values_list("path", flat=True) if not _below(p, paths)]
    return paths


def _below(path: str, ancestors: list[str]) -> bool:
    return any(path.startswith(a) for a in ancestors)


def exclude_hidden_areas(queryset: QuerySet, on=None) -> QuerySet:
    """Drop pages that are, or lie below, a hidden gemeente or wijk."""
    for path in hidden_area_paths(on):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def filter_by_wijken(queryset: QuerySet, relation: str = "wijken", on=None) -> QuerySet:
    """Keep rows tied to at least one visible wijk, or to no wijk at all (region-wide).

    ``relation`` is a many-to-many field to ``WijkPage``. Content tied only to hidden
    wijken is dropped. Subqueries on the link table only (no join back to the pages), so it
    adds no rows, needs no DISTINCT and stays cheap with tens of thousands of rows.
    """
    field = queryset.model._meta.get_field(relation)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    tied = through.objects.values(source)
    tied_to_visible = through.objects.filter(
        **{f"{target}__in": visible_wijken(on).values("pk")}
    ).values(source)
    return queryset.filter(~Q(pk__in=tied) | Q(pk__in=tied_to_visible))


def filter_by_wijk(queryset: QuerySet, relation: str = "wijk", on=None) -> QuerySet:
    """Keep rows whose (single) wijk is visible."""
    return queryset.filter(**{f"{relation}__in": visible_wijken(on)})
