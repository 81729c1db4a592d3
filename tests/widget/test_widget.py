"""The embeddable widget (JSON for the script, the iframe page, the script itself, the snippet
page) and the feed links on wijk, gemeente and organisation pages.

The test tree's koffie-ochtend in Zonnewijk is every Tuesday 10:00-12:00 (Europe/Amsterdam).
"""

import datetime
import re
from zoneinfo import ZoneInfo

from django.urls import reverse

import pytest
import time_machine

from aanbod.models import ActivityExceptionDate
from tests import factories as f

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
# Tuesday 1 December 2026, 08:00: the koffie-ochtend is later today, then every Tuesday.
TUESDAY_MORNING = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=TZ)
HOST = "http://testregio.localhost"


def rel(page) -> str:
    """The page's path on the test region."""
    return page.relative_url(page.get_site())


def widget_json(client, wijk_id, **params):
    return client.get(f"/widget/wijk/{wijk_id}.json", params)


# The data behind the script ----------------------------------------------------------------


def test_the_widget_lists_the_next_dates_of_the_wijks_activities(tree_client, tree):
    tree.activity.location_name = "Buurthuis De Zon"
    tree.activity.save_revision().publish()
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 12, 15))
    with time_machine.travel(TUESDAY_MORNING, tick=False):
        response = widget_json(tree_client, tree.wijk.pk)
    assert response.status_code == 200
    data = response.json()
    assert data["heading"] == "Activiteiten in Zonnewijk"
    assert data["lang"] == "nl"
    items = data["items"]
    # Four weeks ahead: 1, 8, 22 December (the 15th cancelled); not the hidden or region-wide ones.
    assert [i["start"] for i in items] == [
        "2026-12-01T10:00:00+01:00",
        "2026-12-08T10:00:00+01:00",
        "2026-12-22T10:00:00+01:00",
    ]
    first = items[0]
    assert first["title"] == "Koffie-ochtend Zonnewijk"
    assert first["date"] == "dinsdag 1 december"
    assert (first["start_time"], first["end_time"]) == ("10:00", "12:00")
    assert first["end"] == "2026-12-01T12:00:00+01:00"
    assert first["location"] == "Buurthuis De Zon"
    assert first["url"] == HOST + rel(tree.activity)
    assert data["more"] == {
        "label": "Meer activiteiten in Zonnewijk",
        "url": HOST + rel(tree.wijk) + "agenda/",
    }
    assert tree_client.get(data["more"]["url"]).status_code == 200


def test_the_widget_shows_at_most_count_items_and_speaks_english_on_request(tree_client, tree):
    with time_machine.travel(TUESDAY_MORNING, tick=False):
        data = widget_json(tree_client, tree.wijk.pk, count=2, lang="en").json()
    assert len(data["items"]) == 2
    assert data["lang"] == "en"
    assert data["heading"] == "Activities in Zonnewijk"
    assert data["items"][0]["date"] == "Tuesday 1 December"
    assert data["more"]["label"] == "More activities in Zonnewijk"
    assert data["empty"] == "No activities in the coming weeks."


def test_an_ongoing_activity_is_still_listed(tree_client, tree):
    with time_machine.travel(TUESDAY_MORNING + datetime.timedelta(hours=3), tick=False):
        items = widget_json(tree_client, tree.wijk.pk, count=1).json()["items"]
    assert items[0]["start"] == "2026-12-01T10:00:00+01:00"


def test_a_wijk_without_activities_gets_the_empty_message(tree_client, tree):
    quiet = f.WijkPageFactory(parent=tree.gemeente, title="Stillewijk", postcodes="9995")
    data = widget_json(tree_client, quiet.pk).json()
    assert data["items"] == []
    assert data["empty"] == "Geen activiteiten in de komende weken."


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"count": "0"}, "Kies een aantal van 1 tot en met 20."),
        ({"count": "21"}, "Kies een aantal van 1 tot en met 20."),
        ({"count": "veel"}, "Kies een aantal van 1 tot en met 20."),
        ({"count": "2.5"}, "Kies een aantal van 1 tot en met 20."),
        ({"count": "9" * 40}, "Kies een aantal van 1 tot en met 20."),
        ({"heading": "1"}, "Kies een kopniveau van 2 tot en met 6."),
        ({"lang": "fr"}, "lang:"),
        ({"kleur": "rood"}, "Onbekende parameter: kleur"),
    ],
)
def test_bad_parameters_answer_400_with_a_clear_message(tree_client, tree, params, message):
    response = widget_json(tree_client, tree.wijk.pk, **params)
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert response["Cache-Control"] == "no-store"


def test_hidden_unknown_and_foreign_wijken_answer_404(tree_client, tree):
    from wijken.models import WijkPage

    elsewhere = WijkPage.objects.exclude(path__startswith=tree.home.path).first()
    for wijk_id in [
        tree.wijk_prep.pk,
        tree.wijk_in_prep_gemeente.pk,
        999999999,
        "1234567890",
        "abc",
        elsewhere.pk,
    ]:
        response = widget_json(tree_client, wijk_id)
        assert response.status_code == 404, wijk_id
        assert response.json()["detail"] == "Deze wijk bestaat niet of is nog niet openbaar."


def test_the_widget_data_is_cached_shared_and_cookie_free(tree_client, tree):
    response = tree_client.get(
        f"/widget/wijk/{tree.wijk.pk}.json", HTTP_ORIGIN="https://gemeente.example"
    )
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=300"
    assert not response.cookies
    again = tree_client.get(
        f"/widget/wijk/{tree.wijk.pk}.json", HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304


# The iframe page ---------------------------------------------------------------------------


def test_the_iframe_page_may_be_framed_and_opens_links_in_the_top_window(tree_client, tree):
    with time_machine.travel(TUESDAY_MORNING, tick=False):
        response = tree_client.get(f"/widget/wijk/{tree.wijk.pk}/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert tree_client.get(rel(tree.wijk))["X-Frame-Options"] == "DENY"
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "<title>Activiteiten in Zonnewijk</title>" in html
    assert (
        '<time datetime="2026-12-01T10:00:00+01:00">dinsdag 1 december, 10:00</time>\u2013'
        '<time datetime="2026-12-01T12:00:00+01:00">12:00</time>'
    ) in html
    links = re.findall(r'<a href="([^"]+)" target="_top" rel="noopener">([^<]+)</a>', html)
    assert (HOST + rel(tree.activity), "Koffie-ochtend Zonnewijk") in links
    assert (HOST + rel(tree.wijk) + "agenda/", "Meer activiteiten in Zonnewijk") in links
    assert "<script" not in html
    assert not response.cookies
    assert response["Cache-Control"] == "public, max-age=300" and response["ETag"]


def test_the_iframe_takes_colours_and_language(tree_client, tree):
    response = tree_client.get(
        f"/widget/wijk/{tree.wijk.pk}/",
        {"lang": "en", "color": "#222222", "background": "FFF8E1", "accent": "036"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "--text: #222222; --background: #fff8e1; --accent: #003366;" in html
    assert "More activities in Zonnewijk" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"accent": "red"}, "Gebruik een kleurcode als 1f4e79"),
        ({"color": "#12345g"}, "Gebruik een kleurcode als 1f4e79"),
        ({"background": "</style><script>"}, "Gebruik een kleurcode als 1f4e79"),
        ({"accent": "ffff00"}, "te weinig contrast met de achtergrond (1.1:1"),
        ({"color": "ffffff", "background": "ffffff"}, "te weinig contrast"),
        ({"count": "50"}, "Kies een aantal van 1 tot en met 20."),
        ({"size": "big"}, "Onbekende parameter: size"),
    ],
)
def test_bad_iframe_parameters_show_a_framed_message(tree_client, tree, params, message):
    response = tree_client.get(f"/widget/wijk/{tree.wijk.pk}/", params)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<script>" not in html
    assert "X-Frame-Options" not in response
    assert response["Cache-Control"] == "no-store"


def test_the_iframe_of_a_hidden_wijk_is_a_framed_404(tree_client, tree):
    response = tree_client.get(f"/widget/wijk/{tree.wijk_prep.pk}/")
    assert response.status_code == 404
    assert "X-Frame-Options" not in response
    assert "Deze wijk bestaat niet of is nog niet openbaar." in response.content.decode()


# The script --------------------------------------------------------------------------------


def test_the_script_is_served_with_long_caching_and_revalidation(client):
    response = client.get("/widget/wijk.js", HTTP_ORIGIN="https://gemeente.example")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=3600"
    assert response["Access-Control-Allow-Origin"] == "*"
    body = response.content.decode()
    assert body.startswith("/*! Wijkportaal widget v1")
    assert "document.cookie" not in body and "localStorage" not in body
    again = client.get("/widget/wijk.js", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_widget_root_leads_to_the_snippet_page(client):
    response = client.get("/widget/")
    assert response.status_code == 302
    assert response["Location"] == reverse("widget_embed")


# The snippet page --------------------------------------------------------------------------


def test_the_snippet_page_offers_only_visible_wijken_of_the_region(tree_client, tree):
    response = tree_client.get(reverse("widget_embed"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<option value="{tree.wijk.pk}">Zonnewijk</option>' in html
    assert '<optgroup label="Testgemeente">' in html
    assert "Nieuwwijk" not in html and "Dorpskern" not in html
    assert "Stein-Centrum" not in html  # a wijk of another region
    assert "snippet-script" not in html


def test_the_snippet_page_gives_both_snippets_for_the_chosen_wijk(tree_client, tree):
    response = tree_client.get(
        reverse("widget_embed"), {"wijk": tree.wijk.pk, "count": 3, "lang": "en"}
    )
    html = response.content.decode()
    script = (
        f"&lt;div data-wijkportaal-wijk=&quot;{tree.wijk.pk}&quot; data-count=&quot;3&quot; "
        "data-lang=&quot;en&quot;&gt;"
    )
    assert script in html
    assert f"&lt;script src=&quot;{HOST}/widget/wijk.js&quot; async&gt;" in html
    assert f"src=&quot;{HOST}/widget/wijk/{tree.wijk.pk}/?count=3&amp;amp;lang=en&quot;" in html
    assert "title=&quot;Activities in Zonnewijk&quot;" in html
    # The live preview is the snippet itself.
    assert f'<div data-wijkportaal-wijk="{tree.wijk.pk}" data-count="3" data-lang="en">' in html
    assert f'<script src="{HOST}/widget/wijk.js" async></script>' in html


def test_the_snippet_page_explains_a_wrong_choice(tree_client, tree):
    response = tree_client.get(reverse("widget_embed"), {"wijk": tree.wijk_prep.pk, "count": "99"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Kies een aantal van 1 tot en met 20." in html
    assert "snippet-script" not in html


def test_the_wijk_page_links_to_the_snippet_page(tree_client, tree):
    html = tree_client.get(rel(tree.wijk)).content.decode()
    link = f"{reverse('widget_embed')}?wijk={tree.wijk.pk}"
    assert f'<a href="{link}">Deze agenda op je eigen site</a>' in html
    assert tree_client.get(link).status_code == 200


# Feed links --------------------------------------------------------------------------------


def feed_links(html: str) -> tuple[dict[str, str], dict[str, str]]:
    """(visible links by text, <link rel=alternate> hrefs by type) of a page."""
    pairs = re.findall(r'<a href="(/feeds/[^"]+)" type="[^"]+">([^<]+)</a>', html)
    visible = {text: href for href, text in pairs}
    alternates = re.findall(r'<link rel="alternate" type="([^"]+)" href="([^"]+)" title=', html)
    return visible, dict(alternates)


@pytest.mark.parametrize(
    ("page_name", "feed"),
    [
        ("wijk", "/feeds/wijk/{}.ics"),
        ("gemeente", "/feeds/gemeente/{}.ics"),
        ("organisation", "/feeds/organisatie/{}.ics"),
    ],
)
def test_pages_link_to_their_ical_feed(tree_client, tree, page_name, feed):
    page = getattr(tree, page_name)
    visible, alternates = feed_links(tree_client.get(rel(page)).content.decode())
    url = feed.format(page.pk)
    assert visible["Abonneer op de agenda (iCal)"] == url
    assert alternates["text/calendar"] == url
    response = tree_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


def test_the_gemeente_page_links_to_its_ontwikkelingen_feeds(tree_client, tree):
    visible, alternates = feed_links(tree_client.get(rel(tree.gemeente)).content.decode())
    rss = f"/feeds/gemeente/{tree.gemeente.pk}/ontwikkelingen.rss"
    atom = f"/feeds/gemeente/{tree.gemeente.pk}/ontwikkelingen.atom"
    assert visible["Volg de ontwikkelingen (RSS)"] == rss
    assert alternates["application/rss+xml"] == rss
    assert alternates["application/atom+xml"] == atom
    for url in (rss, atom):
        response = tree_client.get(url)
        assert response.status_code == 200
        assert b"Nieuw buurthuis" in response.content
