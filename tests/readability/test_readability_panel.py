"""The "Leesbaarheid (B1)" panel in the page editor and the JSON check behind it."""

import json

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.users.models import UserProfile

import pytest

from aanbod.models import OrganisationPage
from home import readability
from tests import factories as f
from tests.roles import PASSWORD, gemeente_users, organisation_editor

pytestmark = pytest.mark.django_db

CHECK_URL = "/admin/leesbaarheid/"
AMBTELIJK = (
    "Indien je woonachtig bent in de wijk, kun je teneinde deel te nemen aan de "
    "informatiebijeenkomst die door de gemeente in samenwerking met de woningcorporatie wordt "
    "georganiseerd ten behoeve van de bewoners, je vooraf middels het formulier aanmelden."
)


def with_saved_intro(page, intro: str):
    """Save a new revision of the page with this intro (as an editor's draft would be)."""
    page = page.specific
    page.intro = intro
    page.save_revision()
    return page


def edit_view(client, page) -> str:
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def assert_panel_with_hints(html: str) -> None:
    assert "Leesbaarheid (B1)" in html
    assert "data-readability-panel" in html
    assert 'data-readability-url="/admin/leesbaarheid/"' in html
    assert "js/readability-panel.js" in html  # the script that refreshes it while typing
    assert "Gecontroleerd: de laatst opgeslagen versie." in html
    assert "Ambtelijk woord: &#x27;Indien&#x27;. Schrijf liever: als." in html
    assert "Lange zin: 38 woorden." in html
    assert "Lijdende vorm: &#x27;wordt … georganiseerd&#x27;" in html


@pytest.mark.parametrize("name", ["organisation", "service", "activity"])
def test_an_organisation_editor_sees_the_panel_with_the_saved_texts_hints(client, tree, name):
    page = with_saved_intro(getattr(tree, name), AMBTELIJK)
    client.force_login(organisation_editor(tree.organisation, "els"))
    assert_panel_with_hints(edit_view(client, page))


@pytest.mark.parametrize("name", ["gemeente", "wijk", "ontwikkeling"])
def test_a_gemeente_editor_sees_the_panel_on_gemeente_wijk_and_ontwikkeling(client, tree, name):
    page = with_saved_intro(getattr(tree, name), f"<p>{AMBTELIJK}</p>")
    client.force_login(gemeente_users(tree.gemeente, "test")["editor"])
    assert_panel_with_hints(edit_view(client, page))


def test_a_plain_text_gets_no_hints_and_a_good_score(client, tree):
    page = with_saved_intro(
        tree.activity, "Kom koffie drinken in het buurthuis. Iedereen is welkom."
    )
    client.force_login(organisation_editor(tree.organisation, "els"))
    html = edit_view(client, page)
    assert "Goed leesbaar voor de meeste lezers" in html
    assert "Geen lange zinnen, lange woorden, ambtelijke woorden of lijdende vorm gevonden." in html


def test_the_panel_reads_the_body_streamfield_too(client, tree):
    page = tree.service.specific
    page.body = json.dumps(
        [
            {"type": "heading", "value": {"text": "Aanmelden", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Gelieve het formulier te retourneren.</p>"},
        ]
    )
    page.save_revision()
    client.force_login(organisation_editor(tree.organisation, "els"))
    html = edit_view(client, page)
    assert "Schrijf liever: wil je." in html and "Schrijf liever: terugsturen." in html


def test_the_panel_is_in_english_for_an_english_editor(client, tree):
    page = with_saved_intro(tree.activity, AMBTELIJK)
    editor = organisation_editor(tree.organisation, "els")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    html = edit_view(client, page)
    assert "Readability (B1)" in html
    assert "Officialese: &#x27;Indien&#x27;. Plainer: als." in html


def test_saving_a_page_with_a_poor_score_still_works(client, tree):
    """The panel advises; publishing an ambtelijke text goes through as always."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    org = tree.organisation.specific
    assert readability.analyse(AMBTELIJK).score < readability.TARGET_SCORE
    client.force_login(organisation_editor(org, "els"))
    data = nested_form_data(
        {
            "title": org.title,
            "slug": org.slug,
            "kind": org.kind,
            "intro": AMBTELIJK,
            "body": streamfield([]),
            "wijken": [w.pk for w in org.wijken.all()],
            "ical_url": "",
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{org.pk}/edit/", data)
    assert response.status_code == 302
    assert OrganisationPage.objects.get(pk=org.pk).intro == AMBTELIJK


# -- the check behind the panel ---------------------------------------------------------------


def post(client, payload, **extra):
    body = payload if isinstance(payload, str) else json.dumps(payload)
    return client.post(CHECK_URL, body, content_type="application/json", **extra)


@pytest.fixture
def editor_client(client, tree):
    client.force_login(organisation_editor(tree.organisation, "els"))
    return client


def test_the_check_answers_the_score_hints_and_the_panels_html(editor_client):
    response = post(editor_client, {"texts": [AMBTELIJK, "<p>Dat is alles.</p>"]})
    assert response.status_code == 200
    data = response.json()
    assert data["sentences"] == 2 and data["score"] < readability.TARGET_SCORE
    kinds = {hint["kind"] for hint in data["hints"]}
    assert kinds == {"long_sentence", "jargon", "passive", "long_word"}
    jargon = {h["text"]: h["alternative"] for h in data["hints"] if h["kind"] == "jargon"}
    assert jargon["Indien"] == "als" and jargon["ten behoeve van"] == "voor"
    assert "Schrijf liever: als." in data["html"]
    assert data["summary"].startswith("Leesgemak ")


def test_an_empty_text_is_answered_without_a_score(editor_client):
    data = post(editor_client, {"texts": ["", "<p></p>"]}).json()
    assert data["score"] is None and data["hints"] == []
    assert data["summary"] == "Nog geen tekst om te controleren."


@pytest.mark.parametrize(
    "payload", ["geen json", {"tekst": "hallo"}, {"texts": 5}, [1, 2], {"texts": [1]}]
)
def test_malformed_input_is_a_400_with_json(editor_client, payload):
    response = post(editor_client, payload)
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


def test_an_oversized_text_is_a_413_with_json(editor_client):
    too_long = "Kort. " * (readability.MAX_TEXT_CHARS // 6 + 1)
    response = post(editor_client, {"texts": [too_long]})
    assert response.status_code == 413
    assert "te lang" in response.json()["error"] and "opslaan" in response.json()["error"]
    huge = post(editor_client, {"texts": ["a" * (4 * readability.MAX_TEXT_CHARS + 20_000)]})
    assert huge.status_code == 413 and "te lang" in huge.json()["error"]


def test_people_without_admin_access_get_403_json(client, tree):
    assert post(client, {"texts": ["Hallo."]}).status_code == 403  # not logged in
    resident = get_user_model().objects.create_user("bewoner", "b@example.org", PASSWORD)
    client.force_login(resident)
    response = post(client, {"texts": ["Hallo."]})
    assert response.status_code == 403
    assert "Log in bij het beheer" in response.json()["error"]


def test_a_get_is_a_405_with_json(editor_client):
    response = editor_client.get(CHECK_URL)
    assert response.status_code == 405 and "POST" in response.json()["error"]


def test_the_check_needs_the_csrf_token(tree):
    client = Client(enforce_csrf_checks=True)
    client.force_login(organisation_editor(tree.organisation, "els"))
    client.get("/admin/")  # sets the CSRF cookie, as the editor's page does
    refused = post(client, {"texts": ["Hallo."]})
    assert refused.status_code == 403 and "Laad de pagina opnieuw" in refused.json()["error"]
    token = client.cookies["csrftoken"].value
    assert post(client, {"texts": ["Hallo."]}, HTTP_X_CSRFTOKEN=token).status_code == 200


def test_the_standard_page_has_the_panel_too(admin_client, tree):
    page = f.StandardPageFactory(parent=tree.home, intro=AMBTELIJK)
    assert "Leesbaarheid (B1)" in admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
