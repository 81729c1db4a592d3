"""What the two django-ninja APIs (portal, HSDS) share: the API class with stable operation ids,
strict query parameters and the region (Wagtail Site) a request is for."""

import functools
import inspect
from collections.abc import Callable

from django.db.models import QuerySet
from django.http import HttpRequest

from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.operation import Operation

from home.regions import in_site_region, request_site

MAX_ID = 2**31 - 1
IGNORED_PARAMS = {"format"}  # harmless extras some clients add


class StableNinjaAPI(NinjaAPI):
    """A NinjaAPI whose OpenAPI operation ids do not follow the Python module they live in.

    django-ninja derives an operation id from the view's module path; clients generate code
    from these ids, so they are published ones: ``<operation_id_prefix>_<view name>``.
    """

    def __init__(self, *args, operation_id_prefix: str, **kwargs):
        self.operation_id_prefix = operation_id_prefix
        super().__init__(*args, **kwargs)

    def get_openapi_operation_id(self, operation: Operation) -> str:
        """The published id of an operation without an explicit ``operation_id``."""
        return f"{self.operation_id_prefix}_{operation.view_func.__name__}"


def strict_params(view: Callable) -> Callable:
    """Reject query parameters the endpoint does not know with a 400 (typos must not pass)."""
    signature = inspect.signature(view)
    known = {name for name in signature.parameters if name not in {"request", "response"}}

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        unknown = sorted(set(request.GET) - known - IGNORED_PARAMS)
        if unknown:
            raise HttpError(400, f"Unknown parameter(s): {', '.join(unknown)}")
        return view(request, *args, **kwargs)

    return wrapper


def in_region(queryset: QuerySet, request: HttpRequest) -> QuerySet:
    """The queryset narrowed to the request's region (home.regions); a 404 on a host with none."""
    site = request_site(request)
    if site is None:
        raise HttpError(404, "No region is served on this host name")
    return in_site_region(queryset, site)
