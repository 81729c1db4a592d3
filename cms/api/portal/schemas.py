"""Response shapes of the portal API (they make up its OpenAPI document)."""

import datetime

from ninja import Schema


class Ref(Schema):
    """Another page, by id, title and slug."""

    id: int
    title: str
    slug: str


class Term(Schema):
    """A taxonomy term (category or target group), by id, name and slug."""

    id: int
    name: str
    slug: str


class Paging(Schema):
    """Paging block of every list."""

    count: int
    limit: int
    offset: int
    next: str | None
    previous: str | None


class Contact(Schema):
    """Public contact details of an organisation, gemeente or wijkteam."""

    phone: str
    email: str
    website: str


class Address(Schema):
    """A postal or visiting address."""

    street: str
    postcode: str
    city: str


class Rendition(Schema):
    """One size of an image: an absolute URL with its pixel size (``error`` if the file is gone)."""

    url: str | None = None
    width: int | None = None
    height: int | None = None
    error: str | None = None


class Image(Schema):
    """A page's image: alt text ("" when decorative) and renditions thumbnail, medium, large,
    social (as in API v2)."""

    id: int
    title: str
    alt: str
    width: int
    height: int
    renditions: dict[str, Rendition]


class Gemeente(Schema):
    """A municipality with its rollout phase and its visible wijken."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    phase: str
    pilot_date: datetime.date | None
    live_date: datetime.date | None
    cbs_code: str
    contact: Contact
    wijken: list[Ref]


class Wijkteam(Schema):
    """The sociaal wijkteam of a wijk."""

    name: str
    address: str
    hours: str
    phone: str
    email: str
    website: str


class Wijk(Schema):
    """A neighbourhood with its phase and postcodes."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    gemeente: Ref | None
    phase: str
    pilot_date: datetime.date | None
    live_date: datetime.date | None
    postcodes: list[str]
    wijkteam: Wijkteam


class PostcodeMatch(Schema):
    """The wijk a postcode belongs to."""

    postcode: str
    wijk: Wijk


class Organisation(Schema):
    """A partner organisation."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    kind: str
    intro: str
    image: Image | None
    address: Address
    contact: Contact
    wijken: list[Ref]


class Service(Schema):
    """A service on the sociale kaart."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    intro: str
    image: Image | None
    organisation: Ref | None
    categories: list[Term]
    target_groups: list[Term]
    wijken: list[Ref]
    audience: str
    cost: str
    how_to_apply: str
    opening_hours: str


class Occurrence(Schema):
    """One dated instance of an activity."""

    start: datetime.datetime
    end: datetime.datetime


class Location(Schema):
    """Where an activity takes place."""

    name: str
    street: str
    postcode: str
    city: str


class Activity(Schema):
    """An activity with its schedule and its occurrences in the requested window."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    intro: str
    image: Image | None
    organisation: Ref | None
    location: Location
    categories: list[Term]
    target_groups: list[Term]
    wijken: list[Ref]
    cost: str
    registration: str
    registration_info: str
    start: datetime.datetime
    end: datetime.datetime
    recurrence: str
    series_end: datetime.date | None
    excluded_dates: list[datetime.date]
    occurrences: list[Occurrence]


class Ontwikkeling(Schema):
    """A gemeente's news item or development."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    date: datetime.date
    intro: str
    image: Image | None
    gemeente: Ref | None


class MarketplaceItem(Schema):
    """A resident's request or offer: public fields only (no names or contact details)."""

    id: int
    title: str
    slug: str
    url: str | None
    locale: str
    category: Term | None
    wijk: Ref | None
    gemeente: Ref | None
    description: str
    when: str
    status: str
    expires_at: datetime.date | None


class Category(Schema):
    """A category (thema)."""

    id: int
    name: str
    slug: str
    description: str
    locale: str


class SearchHit(Schema):
    """One search result."""

    id: int
    title: str
    type: str
    url: str | None
    snippet: str


class FacetValue(Schema):
    """One facet value with its count."""

    value: str
    label: str
    count: int


class SearchResults(Schema):
    """The portal search's answer."""

    query: str
    count: int
    page: int
    num_pages: int
    results: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    messages: list[str]


class Error(Schema):
    """An error: what was wrong with the request."""

    detail: str | list


def page_schema(name: str, item: type) -> type:
    """A paginated list of ``item``."""
    return type(name, (Paging,), {"__annotations__": {"results": list[item]}})


GemeenteList = page_schema("GemeenteList", Gemeente)
WijkList = page_schema("WijkList", Wijk)
OrganisationList = page_schema("OrganisationList", Organisation)
ServiceList = page_schema("ServiceList", Service)
ActivityList = page_schema("ActivityList", Activity)
OntwikkelingList = page_schema("OntwikkelingList", Ontwikkeling)
MarketplaceItemList = page_schema("MarketplaceItemList", MarketplaceItem)
CategoryList = page_schema("CategoryList", Category)
