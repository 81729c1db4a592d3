"""HSDS records: the sociale kaart's pages as HSDS 3.0 organizations, services, locations,
service_at_locations, taxonomies and taxonomy terms (plain dicts, nested as HSDS nests them).

Mapping: an ``OrganisationPage`` is an HSDS organization (its address one physical location), a
``ServicePage`` a service (its wijken the service areas, its categories and target groups
attributes linking taxonomy terms), and each service at its organisation's location a
service_at_location. Two taxonomies (``TAXONOMIES``): the portal's categories and target groups.
"""

from django.http import HttpRequest

from aanbod.models import OrganisationPage, ServicePage
from home.links import page_url

from .ids import hsds_id, sub_id

TAXONOMIES = {
    1: ("category", "Wijkportaal categorieën", "Thema's van diensten en activiteiten (categorie)."),
    2: ("target_group", "Wijkportaal doelgroepen", "Voor wie een dienst bedoeld is (doelgroep)."),
}


def taxonomy_term(term, taxonomy: int) -> dict:
    """A category or target group as a term of taxonomy 1 or 2."""
    kind = TAXONOMIES[taxonomy][0]
    return {
        "id": hsds_id(kind, term.pk),
        "code": term.slug,
        "name": term.name,
        "description": term.description or term.name,
        "taxonomy": TAXONOMIES[taxonomy][1],
        "taxonomy_id": hsds_id("taxonomy", taxonomy),
        "language": term.locale.language_code if hasattr(term, "locale") else "nl",
    }


def taxonomy(number: int) -> dict:
    """Taxonomy 1 (categories) or 2 (target groups)."""
    _kind, name, description = TAXONOMIES[number]
    return {"id": hsds_id("taxonomy", number), "name": name, "description": description}


def _phones(owner_field: str, owner_id: str, number: str) -> list[dict]:
    if not number:
        return []
    return [{"id": sub_id("phone", owner_id), owner_field: owner_id, "number": number}]


def location(org: OrganisationPage) -> dict | None:
    """The organisation's visiting address as a physical location (None without an address)."""
    if not (org.street and org.city):
        return None
    location_id = hsds_id("location", org.pk)
    return {
        "id": location_id,
        "location_type": "physical",
        "organization_id": hsds_id("organization", org.pk),
        "name": org.title,
        "addresses": [
            {
                "id": sub_id("address", org.pk),
                "location_id": location_id,
                "address_1": org.street,
                "city": org.city,
                "state_province": "Limburg",
                "postal_code": org.postcode,
                "country": "NL",
                "address_type": "physical",
            }
        ],
        "phones": _phones("location_id", location_id, org.phone),
    }


def organization(org: OrganisationPage, request: HttpRequest) -> dict:
    """One organization with its location and phone."""
    org_id = hsds_id("organization", org.pk)
    record = {
        "id": org_id,
        "name": org.title,
        "description": org.intro,
        "email": org.email or None,
        "website": org.website or page_url(org, request),
        "uri": page_url(org, request),
        "phones": _phones("organization_id", org_id, org.phone),
        "locations": [loc for loc in [location(org)] if loc],
    }
    return {k: v for k, v in record.items() if v is not None}


def _attributes(svc: ServicePage, link_id: str) -> list[dict]:
    rows = []
    for number, terms in ((1, svc.categories.all()), (2, svc.target_groups.all())):
        for term in terms:
            term_record = taxonomy_term(term, number)
            rows.append(
                {
                    "id": sub_id("attribute", svc.pk, term_record["id"]),
                    "link_id": link_id,
                    "link_type": "service",
                    "link_entity": "service",
                    "taxonomy_term_id": term_record["id"],
                    "taxonomy_term": term_record,
                }
            )
    return rows


def service(svc: ServicePage, request: HttpRequest, org: OrganisationPage | None) -> dict:
    """One service with its organization, areas (wijken), attributes and schedule."""
    service_id = hsds_id("service", svc.pk)
    record = {
        "id": service_id,
        "name": svc.title,
        "description": svc.intro,
        "url": page_url(svc, request),
        "status": "active",
        "application_process": svc.how_to_apply or None,
        "fees_description": svc.cost or None,
        "eligibility_description": svc.audience or None,
        "last_modified": svc.last_published_at,
        "service_areas": [
            {
                "id": sub_id("service_area", svc.pk, wijk.pk),
                "service_id": service_id,
                "name": wijk.title,
                "description": f"Wijk {wijk.title}",
                "extent_type": "postcode",
                "extent": ", ".join(wijk.postcode_list),
            }
            for wijk in svc.wijken.all()
        ],
        "schedules": (
            [{"id": sub_id("schedule", svc.pk), "description": svc.opening_hours}]
            if svc.opening_hours
            else []
        ),
        "attributes": _attributes(svc, service_id),
    }
    if org is not None:
        record["organization_id"] = hsds_id("organization", org.pk)
        record["organization"] = organization(org, request)
        place = location(org)
        record["service_at_locations"] = (
            [service_at_location(svc, org, place, nested=True)] if place else []
        )
    return {k: v for k, v in record.items() if v is not None}


def service_at_location(svc, org, place: dict, nested: bool = False) -> dict:
    """A service at its organisation's location (the location nested in it)."""
    return {
        "id": hsds_id("service_at_location", svc.pk),
        "service_id": hsds_id("service", svc.pk),
        "location_id": place["id"],
        "description": f"{svc.title} bij {org.title}",
        "location": place,
    }
