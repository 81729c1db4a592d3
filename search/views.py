"""The site search page (/zoeken/) and its type-ahead suggestions (JSON)."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from .query import FACETS, search_portal, suggest


def _facet_url(query: str, filters: dict[str, str], name: str, value: str | None) -> str:
    params = {"q": query, **filters}
    if value is None or filters.get(name) == value:
        params.pop(name, None)
    else:
        params[name] = value
    return "?" + urlencode({k: v for k, v in params.items() if v})


@require_GET
def search(request):
    """Search the region's public pages with facets; never errors on odd input."""
    site = Site.find_for_request(request)
    filters = {name: request.GET.get(name, "") for name in FACETS}
    outcome = search_portal(site, request.GET.get("q", ""), filters, request.GET.get("page", 1))
    pages = Page.objects.in_bulk([hit.page_id for hit in outcome.hits])
    for hit in outcome.hits:
        page = pages.get(hit.page_id)
        hit.url = (page.get_url(request=request) if page else "") or ""
    facet_groups = []
    for name in FACETS:
        values = outcome.facets.get(name, [])
        for value in values:
            value.url = _facet_url(outcome.query, outcome.filters, name, value.value)
        facet_groups.append({"name": name, "values": values})
    page_url = {"q": outcome.query, **outcome.filters}
    context = {
        "search_query": outcome.query,
        "outcome": outcome,
        "facet_groups": facet_groups,
        "previous_url": "?" + urlencode({**page_url, "page": outcome.page - 1}),
        "next_url": "?" + urlencode({**page_url, "page": outcome.page + 1}),
    }
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggestions(request):
    """Titles starting with what the resident typed (at least 3 characters), as JSON."""
    site = Site.find_for_request(request)
    items = suggest(site, request.GET.get("q", ""))
    pages = Page.objects.in_bulk([item["id"] for item in items])
    for item in items:
        page = pages.get(item["id"])
        item["url"] = (page.get_url(request=request) if page else "") or ""
    return JsonResponse({"suggestions": items})
