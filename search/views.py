"""The site search page (/zoeken/)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page, Site

from aanbod.visibility import public_pages

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20


def clean_query(raw: str) -> str:
    """Strip control characters and NUL bytes, collapse white space, cap the length."""
    printable = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search(request):
    """Search the region's public pages; never errors on odd input."""
    query = clean_query(request.GET.get("q", ""))
    site = Site.find_for_request(request)
    results = Page.objects.none()
    if query and site:
        pages = public_pages(Page.objects.descendant_of(site.root_page))
        results = pages.search(query)
    paginator = Paginator(results, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page, "paginator": paginator},
    )
