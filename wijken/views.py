"""Public views of wijken: "vind je wijk" by postcode."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from home.regions import in_request_region

from .models import GemeentePage
from .postcodes import best_match, normalise_postcode
from .rollout import visible_wijken


def region_wijken(request: HttpRequest):
    """The visible wijken of the request's region, by gemeente and name."""
    return in_request_region(visible_wijken(), request).order_by("path")


def find_wijk_for(postcode: str, wijken) -> object | None:
    """The visible wijk covering a normalised postcode (PC6 beats PC4), or None."""
    candidates = [(wijk, wijk.postcode_list) for wijk in wijken]
    return best_match(postcode, candidates)


@require_safe
def find_wijk(request: HttpRequest) -> HttpResponse:
    """Send a resident from their postcode to their wijk; otherwise explain and list the wijken.

    Accepts "6131", "6131 AB" and "6131ab "; never answers with an error page.
    """
    raw = request.GET.get("postcode", "")[:40]
    wijken = list(region_wijken(request))
    message = ""
    if raw.strip():
        postcode = normalise_postcode(raw)
        if postcode is None:
            message = _(
                "“%(postcode)s” is geen Nederlandse postcode. Een postcode bestaat uit vier "
                "cijfers en eventueel twee letters, bijvoorbeeld 6131 of 6131 AB."
            ) % {"postcode": raw.strip()}
        else:
            wijk = find_wijk_for(postcode, wijken)
            if wijk is not None:
                return redirect(wijk.get_url(request))
            message = _(
                "We hebben (nog) geen wijk met postcode %(postcode)s op dit portaal. "
                "Kies hieronder een wijk, of neem contact op met je gemeente."
            ) % {"postcode": postcode}
    return TemplateResponse(
        request,
        "wijken/find_wijk.html",
        {"postcode": raw.strip(), "message": message, "gemeenten": by_gemeente(wijken)},
    )


def by_gemeente(wijken: list) -> list[tuple[object, list]]:
    """Wijken grouped under their gemeente (one query for all the gemeenten)."""
    steplen = GemeentePage.steplen
    parents = GemeentePage.objects.filter(path__in={w.path[:-steplen] for w in wijken})
    by_path = {g.path: (g, []) for g in parents.order_by("title")}
    for wijk in wijken:
        by_path[wijk.path[:-steplen]][1].append(wijk)
    return [group for group in by_path.values() if group[1]]
