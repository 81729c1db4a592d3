"""The resident portal: postcode lookup, agenda, "deze week", listings and structured data."""

import datetime
import json
import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.urls import reverse

import pytest
import time_machine

from aanbod.models import ActivityExceptionDate
from tests import factories as f

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
# A Monday: the test tree's koffie-ochtend is every Tuesday 10:00-12:00 from 6 January 2026.
MONDAY = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


def rel(page) -> str:
    """The page's path on the test region (page.url is absolute there)."""
    return page.relative_url(page.get_site())


def json_ld(html: str) -> list[dict]:
    """Every JSON-LD block in a page."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(b) for b in blocks]


def of_type(html: str, kind: str) -> dict:
    (found,) = [b for b in json_ld(html) if b["@type"] == kind]
    return found


# Postcode lookup ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["9991", "9991 AB", "9991ab ", " 9991  zz"])
def test_a_postcode_in_any_spelling_leads_to_the_wijk(tree_client, tree, typed):
    response = tree_client.get(reverse("find_wijk"), {"postcode": typed})
    assert response.status_code == 302
    assert response["Location"] == rel(tree.wijk)


def test_a_full_postcode_beats_the_area_of_another_wijk(tree_client, tree):
    other = f.WijkPageFactory(parent=tree.gemeente, title="Buurwijk", postcodes="9992")
    assert tree_client.get(reverse("find_wijk"), {"postcode": "9992 AB"})["Location"] == rel(
        tree.wijk
    )
    assert tree_client.get(reverse("find_wijk"), {"postcode": "9992 CD"})["Location"] == rel(other)


@pytest.mark.parametrize("typed", ["abc", "0123", "61311", "<script>", "9991 SS"])
def test_a_malformed_postcode_gets_a_friendly_message_and_the_wijken(tree_client, tree, typed):
    response = tree_client.get(reverse("find_wijk"), {"postcode": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert "is geen Nederlandse postcode" in html
    assert "<script>" not in html
    assert 'href="/testgemeente/zonnewijk/"' in html


def test_an_unknown_or_hidden_postcode_is_not_a_dead_end(tree_client, tree):
    for typed in ["1234", "9993"]:  # nowhere, and the wijk still in preparation
        html = tree_client.get(reverse("find_wijk"), {"postcode": typed}).content.decode()
        assert "We hebben (nog) geen wijk met postcode" in html
        assert "Zonnewijk" in html
        assert "Nieuwwijk" not in html and "Dorpskern" not in html


def test_the_lookup_form_is_on_the_home_page_and_in_english(tree_client, tree):
    html = tree_client.get("/").content.decode()
    assert f'action="{reverse("find_wijk")}"' in html
    assert tree_client.get("/en/find-your-wijk/?postcode=x").status_code in {200, 404}


# Agenda ------------------------------------------------------------------------------------


def agenda_url(page) -> str:
    return rel(page) + "agenda/"


@time_machine.travel(MONDAY, tick=False)
def test_wijk_agenda_groups_occurrences_by_day(tree_client, tree):
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 3, 10))
    yoga = f.ActivityPageFactory(
        parent=tree.organisation,
        title="Stoelyoga",
        start=datetime.datetime(2026, 1, 8, 14, 0, tzinfo=TZ),
        end=datetime.datetime(2026, 1, 8, 15, 0, tzinfo=TZ),
        recurrence="FREQ=WEEKLY;BYDAY=TH",
    )
    yoga.wijken.set([tree.wijk])
    yoga.save()
    html = tree_client.get(agenda_url(tree.wijk), {"tot": "2026-03-15"}).content.decode()
    days = re.findall(r'<h2 id="dag-(\d+)"', html)
    assert days == ["20260303", "20260305", "20260312"]  # 10 March is cancelled
    assert "Koffie-ochtend Zonnewijk" in html and "Stoelyoga" in html
    assert "Eetclub Nieuwwijk" not in html
    assert "3 keer iets te doen" in html


@time_machine.travel(MONDAY, tick=False)
def test_agenda_filters_by_category_and_paginates(tree_client, tree):
    tree.activity.categories.set([tree.category])
    tree.activity.save()
    other = f.ActivityPageFactory(parent=tree.organisation, title="Kaartclub")
    other.wijken.set([tree.wijk])
    other.save()
    params = {"categorie": tree.category.slug, "van": "2026-03-02", "tot": "2026-12-31"}
    html = tree_client.get(agenda_url(tree.wijk), params).content.decode()
    assert "Koffie-ochtend Zonnewijk" in html and "Kaartclub" not in html
    assert "Pagina 1 van 2" in html
    assert "categorie=test-boodschappen" in html and "pagina=2" in html
    page2 = tree_client.get(agenda_url(tree.wijk), {**params, "pagina": "2"}).content.decode()
    assert "Pagina 2 van 2" in page2
    assert tree_client.get(agenda_url(tree.wijk), {**params, "pagina": "x"}).status_code == 200


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"van": "gisteren"}, "Vul een geldige datum in, bijvoorbeeld 14-03-2026."),
        ({"van": "31-02-2026"}, "Vul een geldige datum in"),
        ({"van": "2026-03-10", "tot": "2026-03-01"}, "De einddatum ligt voor de begindatum."),
        ({"van": "2026-01-01", "tot": "2028-01-01"}, "Kies een periode van hoogstens een jaar."),
        ({"categorie": "bestaat-niet"}, "Selecteer een geldige keuze"),
    ],
)
def test_bad_agenda_filters_get_an_error_summary_not_an_error_page(
    tree_client, tree, params, message
):
    response = tree_client.get(agenda_url(tree.wijk), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert message in html


@time_machine.travel(MONDAY, tick=False)
def test_gemeente_agenda_has_its_wijken_activities(tree_client, tree):
    html = tree_client.get(agenda_url(tree.gemeente)).content.decode()
    assert "Koffie-ochtend Zonnewijk" in html
    assert "Eetclub Nieuwwijk" not in html


def test_a_hidden_wijk_or_gemeente_has_no_agenda(tree_client, tree):
    assert tree_client.get(agenda_url(tree.wijk_prep)).status_code == 404
    assert tree_client.get(agenda_url(tree.gemeente_prep)).status_code == 404


# Wijk, gemeente and home pages ---------------------------------------------------------------


@time_machine.travel(MONDAY, tick=False)
def test_deze_week_shows_the_next_dates_computed_from_the_rule(tree_client, tree):
    html = tree_client.get(tree.wijk.url).content.decode()
    week = html.split('id="week-title"')[1].split("</section>")[0]
    assert 'datetime="2026-03-03T10:00:00+01:00"' in week
    assert "Koffie-ochtend Zonnewijk" in week
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 3, 3))
    html = tree_client.get(tree.wijk.url).content.decode()
    week = html.split('id="week-title"')[1].split("</section>")[0]
    assert "Koffie-ochtend Zonnewijk" not in week
    assert "Deze week staan er geen activiteiten gepland." in week


def test_deze_week_shows_the_first_twenty_and_links_to_the_agenda_for_the_rest(tree_client, tree):
    from tests.portal.test_portal_queries import add_content

    add_content(tree, 0, activities=25, services=0)  # 26 weekly activities with the koffie-ochtend
    html = tree_client.get(tree.wijk.url).content.decode()
    week = html.split('id="week-title"')[1].split('id="services-title"')[0]
    assert week.count('class="agenda-item"') == 20
    assert "Meer activiteiten deze week: bekijk de hele agenda" in week
    agenda = urlsplit(tree.wijk.url).path + "agenda/"
    assert f'href="{agenda}"' in week.split("Meer activiteiten")[0].rsplit("<p>", 1)[1]


def test_wijk_page_lists_services_organisations_marketplace_and_wijkteam(tree_client, tree):
    html = tree_client.get(tree.wijk.url).content.decode()
    assert "Boodschappendienst" in html
    assert "Buurtzorg Test" in html
    assert tree.request.title in html and tree.offer.title in html
    assert "Sociaal wijkteam" in html


def test_listings_show_only_open_unexpired_visible_requests_and_offers(tree_client, tree):
    closed = f.RequestPageFactory(
        parent=tree.marketplace, wijk=tree.wijk, category=tree.category, status="closed"
    )
    expired = f.OfferPageFactory(
        parent=tree.marketplace,
        wijk=tree.wijk,
        category=tree.category,
        expires_at=datetime.date(2020, 1, 1),
    )
    for url in ["/", rel(tree.gemeente), rel(tree.wijk)]:
        html = tree_client.get(url).content.decode()
        assert tree.request.title in html and tree.offer.title in html, url
        assert closed.title not in html and expired.title not in html, url
        assert tree.request_prep.title not in html, url
        assert "Annie" not in html  # first names stay on the item's own page


def test_home_shows_a_coming_gemeente_with_its_planned_date_and_nothing_more(tree_client, tree):
    tree.gemeente_prep.pilot_date = datetime.date(2099, 5, 1)
    tree.gemeente_prep.save_revision().publish()
    html = tree_client.get("/").content.decode()
    card = html.split("Laterdorp")[1].split("</li>")[0]
    assert "Binnenkort" in card and "Vanaf 1 mei 2099" in card
    assert "Geheim plan" not in html  # its ontwikkeling stays hidden
    assert "Nieuw buurthuis" in html


def test_gemeente_page_lists_wijken_ontwikkelingen_market_and_organisations(tree_client, tree):
    html = tree_client.get(tree.gemeente.url).content.decode()
    assert "Zonnewijk" in html and "Nieuwwijk" not in html
    assert "Nieuw buurthuis" in html
    assert tree.request.title in html
    assert "Buurtzorg Test" in html
    assert 'href="/testgemeente/agenda/"' in html


# Structured data, Open Graph, sitemap, robots, error pages ---------------------------------


def test_activity_page_has_an_event_with_its_schedule(tree_client, tree):
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 12, 29))
    html = tree_client.get(tree.activity.url).content.decode()
    event = of_type(html, "Event")
    assert event["@context"] == "https://schema.org"
    assert event["name"] == "Koffie-ochtend Zonnewijk"
    schedule = event["eventSchedule"]
    assert schedule["repeatFrequency"] == "P1W"
    assert schedule["byDay"] == ["https://schema.org/Tuesday"]
    assert (schedule["startTime"], schedule["endTime"]) == ("10:00", "12:00")
    assert schedule["exceptDate"] == ["2026-12-29"]
    assert schedule["scheduleTimezone"] == "Europe/Amsterdam"
    assert event["organizer"]["name"] == "Buurtzorg Test"
    crumbs = of_type(html, "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs][-2:] == ["Buurtzorg Test", "Koffie-ochtend Zonnewijk"]


def test_organisation_and_ontwikkeling_have_their_schema_types(tree_client, tree):
    organisation = of_type(tree_client.get(tree.organisation.url).content.decode(), "Organization")
    assert organisation["name"] == "Buurtzorg Test"
    assert organisation["areaServed"] == [{"@type": "Place", "name": "Zonnewijk"}]
    article = of_type(tree_client.get(tree.ontwikkeling.url).content.decode(), "NewsArticle")
    assert article["headline"] == "Nieuw buurthuis"
    assert article["datePublished"] == "2026-10-01"
    assert article["publisher"]["name"] == "Gemeente Testgemeente"


def test_pages_have_open_graph_tags(tree_client, tree):
    html = tree_client.get(tree.ontwikkeling.url).content.decode()
    assert '<meta property="og:title" content="Nieuw buurthuis">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{tree.ontwikkeling.full_url}">' in html
    assert '<meta property="og:locale" content="nl_NL">' in html


def test_json_ld_cannot_break_out_of_its_script(tree_client, tree):
    tree.activity.title = "Koffie </script><script>alert(1)</script>"
    tree.activity.save_revision().publish()
    html = tree_client.get(tree.activity.url).content.decode()
    assert "<script>alert(1)" not in html
    assert of_type(html, "Event")["name"] == tree.activity.title


def test_robots_txt_points_at_the_sitemap_and_keeps_admin_out(tree_client, tree):
    response = tree_client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testregio.localhost/sitemap.xml" in text


def test_sitemap_lists_visible_pages_only(tree_client, tree):
    xml = tree_client.get("/sitemap.xml").content.decode()
    assert tree.wijk.full_url in xml and tree.service.full_url in xml
    for hidden in [tree.wijk_prep, tree.gemeente_prep, tree.activity_hidden, tree.request_prep]:
        assert hidden.full_url not in xml


def test_not_found_page_is_in_the_portal_style_and_helps(tree_client, tree):
    response = tree_client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="site-header"' in html and "Vind je wijk op postcode" in html


def test_server_error_page_is_bilingual_and_in_the_portal_style():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="nl">' in html and 'lang="en"' in html
    assert "Er ging iets mis" in html and "Something went wrong" in html
    assert "/static/css/portal.css" in html


def test_region_colours_must_keep_text_readable(tree):
    from django.core.exceptions import ValidationError

    from home.models import BrandingSettings, contrast_ratio

    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    branding = BrandingSettings.for_site(tree.site)
    branding.primary_colour, branding.accent_colour = "#f5c400", "#dddddd"
    with pytest.raises(ValidationError) as error:
        branding.full_clean()
    assert "te weinig contrast" in str(error.value.message_dict["primary_colour"])
    assert "accent_colour" in error.value.message_dict
    branding.primary_colour, branding.accent_colour = "#2b5f2b", "#7a3b8f"  # a demo region's
    branding.full_clean()


def test_region_colours_and_logo_reach_the_page(tree_client, tree):
    from home.models import BrandingSettings

    branding = BrandingSettings.for_site(tree.site)
    branding.primary_colour = "#2b5f2b"
    branding.save()
    html = tree_client.get("/").content.decode()
    stylesheet = re.search(r'<link rel="stylesheet" href="(/huisstijl\.css\?v=[^"]+)"', html)
    assert stylesheet and "2b5f2b" in stylesheet[1]  # a new colour gives a new address
    css = tree_client.get(stylesheet[1].replace("&amp;", "&")).content.decode()
    assert "--wp-primary: #2b5f2b;" in css


@time_machine.travel(MONDAY, tick=False)
def test_activity_page_lists_the_next_five_dates_without_the_cancelled_one(tree_client, tree):
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 3, 10))
    html = tree_client.get(rel(tree.activity)).content.decode()
    listed = re.findall(r'<li><time datetime="(2026-\d\d-\d\d)T10:00', html)
    assert listed == ["2026-03-03", "2026-03-17", "2026-03-24", "2026-03-31", "2026-04-07"]
    assert "Vervalt op: 10 maart 2026" in html
