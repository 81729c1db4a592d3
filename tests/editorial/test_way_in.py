"""A way in for a volunteer editor: the dashboard's "Mijn organisatie", login by e-mail, the admin
in Dutch, titles on every custom screen, and no Gravatar (issue 15, point 4)."""

import html

from django.contrib.auth import get_user_model

from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile

import lxml.html
import pytest

from aanbod.editorial.onboarding import onboard_organisation
from aanbod.models import MarketplacePage, RequestPage
from tests import factories as f
from tests.roles import PASSWORD, gemeente_users, organisation_editor, region_admin
from wijken.models import OntwikkelingPage
from wijken.wagtail_hooks import may_restructure

pytestmark = pytest.mark.django_db


def doc(response):
    """The answer's HTML as an lxml tree."""
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content.decode())


def text(node) -> str:
    return " ".join(node.text_content().split())


def visible_title(page) -> str:
    """The title an editor sees in the header: the last breadcrumbs item."""
    items = page.xpath("//header//nav//ol/li")
    assert items, "no breadcrumbs in the header"
    return text(items[-1])


# --- titles and breadcrumbs on the portal's own admin screens ---------------------------


@pytest.mark.parametrize(
    ("path", "title", "trail"),
    [
        ("/admin/uitrol/", "Uitrol", ["Dashboard"]),
        ("/admin/verouderde-inhoud/", "Verouderde inhoud", ["Dashboard"]),
        ("/admin/onboarding/gemeente/", "Gemeente toevoegen", ["Dashboard"]),
        ("/admin/onboarding/organisatie/", "Organisatie toevoegen", ["Dashboard"]),
        ("/admin/tweestapsverificatie/", "Tweestapsverificatie", ["Dashboard", "Account"]),
        ("confirm", "Nog actueel?", ["Dashboard", "Verouderde inhoud"]),
    ],
)
def test_every_custom_screen_shows_its_own_title_not_home(client, tree, path, title, trail):
    client.force_login(region_admin(tree.home, "regio"))
    if path == "confirm":
        path = f"/admin/verouderde-inhoud/{tree.activity.pk}/nog-actueel/"
    page = doc(client.get(path))
    assert visible_title(page) == title
    crumbs = [text(li) for li in page.xpath("//header//nav//ol/li")]
    assert crumbs == [*trail, title]
    links = page.xpath("//header//nav//ol/li/a/@href")
    assert links[0] == "/admin/"  # every trail starts at the dashboard, as a link
    assert text(page.xpath("//h1")[0]) == title
    assert text(page.xpath("//title")[0]) == f"{title} - Wijkportaal"


# --- login by e-mail, in Dutch ---------------------------------------------------------


def test_the_login_page_asks_for_the_e_mail_address_in_dutch(client, tree):
    page = doc(client.get("/admin/login/", HTTP_HOST="testregio.localhost"))
    labels = {
        label.get("for"): text(label).rstrip("*") for label in page.xpath("//form//label[@for]")
    }
    assert labels["id_username"] == "E-mailadres"
    assert labels["id_password"] == "Wachtwoord"
    heading = text(page.xpath("//h1")[0])
    assert heading == f"Inloggen bij Wijkportaal {tree.home.specific.region_name}"
    html = text(page)
    assert "Wagtail" not in heading and "Gebruikersnaam" not in html and "Password" not in html


def test_an_invited_editor_signs_in_with_their_e_mail_address(client, tree):
    onboard_organisation(tree.home, "Buurtvereniging De Kluis", invite=["els@example.org"])
    user = get_user_model().objects.get(email="els@example.org")
    user.set_password(PASSWORD)
    user.save()
    response = client.post("/admin/login/", {"username": "Els@Example.org", "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/admin/"


def test_an_account_with_another_username_also_signs_in_by_e_mail(client, tree):
    user = organisation_editor(tree.organisation, "piet")  # username piet, piet@example.org
    assert (
        client.post("/admin/login/", {"username": "piet@example.org", "password": PASSWORD})[
            "Location"
        ]
        == "/admin/"
    )
    client.logout()
    # The username still works, so nobody is locked out by the change.
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


def test_a_wrong_password_says_so_in_dutch(client, tree):
    organisation_editor(tree.organisation, "piet")
    page = doc(client.post("/admin/login/", {"username": "piet@example.org", "password": "x"}))
    assert "Dit e-mailadres en wachtwoord horen niet bij elkaar" in text(page)


def test_the_lockout_counts_logins_by_e_mail_address_too(client, tree, settings):
    organisation_editor(tree.organisation, "piet")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", {"username": "piet@example.org", "password": "fout"})
    locked = client.post("/admin/login/", {"username": "piet@example.org", "password": "fout"})
    assert locked.status_code == 429
    right = client.post("/admin/login/", {"username": "piet@example.org", "password": PASSWORD})
    assert right.status_code == 429


# --- the whole admin in Dutch -------------------------------------------------------------


def test_the_admin_is_dutch_for_an_editor_who_chose_no_language(client, tree):
    client.force_login(organisation_editor(tree.organisation, "piet"))
    page = doc(client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"))
    assert page.get("lang") == "nl"
    assert "Mijn organisatie" in text(page)
    client.logout()
    login = doc(client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en"))
    assert login.get("lang") == "nl"


def test_an_editor_who_chose_english_gets_english(client, tree):
    user = organisation_editor(tree.organisation, "piet")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.force_login(user)
    page = doc(client.get("/admin/"))
    assert page.get("lang") == "en"


def test_invited_editors_get_their_regions_language_and_only_portal_languages_are_offered(
    client, tree
):
    onboard_organisation(tree.home, "Buurtvereniging De Kluis", invite=["els@example.org"])
    user = get_user_model().objects.get(email="els@example.org")
    assert user.wagtail_userprofile.preferred_language == "nl"
    client.force_login(user)
    page = doc(client.get("/admin/account/"))
    options = page.xpath("//select[@name='locale-preferred_language']/option/@value")
    assert set(options) - {""} == {"nl", "en"}


# --- no Gravatar -----------------------------------------------------------------------


def test_no_avatar_comes_from_gravatar_only_local_initials(client, tree):
    user = organisation_editor(tree.organisation, "piet")
    user.first_name, user.last_name = "Piet", "de Vries"
    user.save()
    client.force_login(user)
    for path in ["/admin/", "/admin/account/", f"/admin/pages/{tree.activity.pk}/edit/"]:
        html = client.get(path).content.decode()
        assert "gravatar" not in html.lower(), path
    dashboard = client.get("/admin/").content.decode()
    assert "data:image/svg+xml" in dashboard and "%3EPV%3C" in dashboard  # >PV<


# --- Mijn organisatie / Mijn gemeente ------------------------------------------------------


def panel(page, heading):
    """The dashboard panel with this heading (None when absent)."""
    for section in page.xpath("//section[contains(@class, 'w-panel')]"):
        title = section.xpath(".//h2")
        if title and text(title[0]).startswith(heading):
            return section
    return None


def buttons(section) -> dict[str, str]:
    return {text(a): a.get("href") for a in section.xpath(".//a[contains(@class, 'button')]")}


def test_an_organisation_editor_sees_mijn_organisatie_with_its_pages_and_buttons(client, tree):
    client.force_login(organisation_editor(tree.organisation, "piet"))
    page = doc(client.get("/admin/"))
    mine = panel(page, "Mijn organisatie")
    assert mine is not None and panel(page, "Mijn gemeente") is None
    assert text(mine.xpath(".//h3")[0]) == tree.organisation.title
    rows = {int(r.get("data-page-id")): r for r in mine.xpath(".//tr[@data-page-id]")}
    assert tree.activity.pk in rows and tree.service.pk in rows and tree.organisation.pk in rows
    assert tree.ontwikkeling.pk not in rows and tree.request.pk not in rows
    assert "Gepubliceerd" in text(rows[tree.activity.pk])
    found = buttons(mine)
    sheet = found.pop("Activiteiten uit spreadsheet")
    assert sheet == f"/admin/spreadsheet/?organisatie={tree.organisation.pk}"
    assert set(found) == {"Nieuwe activiteit", "Nieuwe dienst"}  # no vacancy page type yet
    org = tree.organisation.pk
    assert found["Nieuwe activiteit"] == f"/admin/pages/add/aanbod/activitypage/{org}/"
    assert found["Nieuwe dienst"] == f"/admin/pages/add/aanbod/servicepage/{org}/"
    # The buttons open the add form straight away (no choice of page type).
    for url in found.values():
        form = doc(client.get(url))
        assert form.xpath("//form[@id='page-edit-form']")


def test_a_draft_is_shown_as_concept(client, tree):
    draft = f.ActivityPageFactory(parent=tree.organisation, title="Nieuw concept", live=False)
    client.force_login(organisation_editor(tree.organisation, "piet"))
    mine = panel(doc(client.get("/admin/")), "Mijn organisatie")
    row = mine.xpath(f".//tr[@data-page-id='{draft.pk}']")[0]
    assert "Concept" in text(row)


def test_a_gemeente_editor_sees_mijn_gemeente_with_nieuwe_ontwikkeling(client, tree):
    client.force_login(gemeente_users(tree.gemeente, "test")["editor"])
    page = doc(client.get("/admin/"))
    mine = panel(page, "Mijn gemeente")
    assert mine is not None and panel(page, "Mijn organisatie") is None
    rows = {int(r.get("data-page-id")) for r in mine.xpath(".//tr[@data-page-id]")}
    assert {tree.gemeente.pk, tree.ontwikkeling.pk} <= rows
    assert tree.request.pk not in rows and tree.offer.pk not in rows  # moderated elsewhere
    found = buttons(mine)
    index = tree.ontwikkeling_index.pk
    assert found == {"Nieuwe ontwikkeling": f"/admin/pages/add/wijken/ontwikkelingpage/{index}/"}
    form = doc(client.get(found["Nieuwe ontwikkeling"]))
    assert form.xpath("//form[@id='page-edit-form']")
    assert OntwikkelingPage.objects.child_of(tree.ontwikkeling_index).exists()


def test_someone_who_is_both_sees_both_panels(client, tree):
    user = gemeente_users(tree.gemeente, "test")["editor"]
    user.groups.add(*organisation_editor(tree.organisation, "piet").groups.all())
    client.force_login(user)
    page = doc(client.get("/admin/"))
    assert panel(page, "Mijn organisatie") is not None
    assert panel(page, "Mijn gemeente") is not None


@pytest.mark.parametrize("who", ["region admin", "moderator", "other organisation"])
def test_others_do_not_get_the_panel(client, tree, who):
    if who == "region admin":
        user = region_admin(tree.home, "regio")
    elif who == "moderator":
        user = gemeente_users(tree.gemeente, "test")["moderator"]
    else:
        other = f.OrganisationPageFactory(parent=tree.organisations, title="Stichting B")
        user = organisation_editor(other, "anna")
    client.force_login(user)
    page = doc(client.get("/admin/"))
    mine = panel(page, "Mijn organisatie")
    if who == "other organisation":
        ids = {int(r.get("data-page-id")) for r in mine.xpath(".//tr[@data-page-id]")}
        assert tree.activity.pk not in ids and tree.organisation.pk not in ids
    else:
        assert mine is None
    assert panel(page, "Mijn gemeente") is None


def test_the_panel_query_count_does_not_grow_with_pages(
    client, tree, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(organisation_editor(tree.organisation, "piet"))
    client.get("/admin/")
    with CaptureQueriesContext(connection) as before:
        assert client.get("/admin/").status_code == 200
    for i in range(20):
        f.ActivityPageFactory(parent=tree.organisation, title=f"Extra {i}")
        f.ServicePageFactory(parent=tree.organisation, title=f"Dienst {i}")
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get("/admin/").status_code == 200


# --- actions that would be refused are not offered -----------------------------------------


def offered(html: str, page_id: int) -> set[str]:
    """Which of move and delete the answer offers for this page."""
    return {a for a in ("move", "delete") if f"/admin/pages/{page_id}/{a}/" in html}


def test_an_organisation_editor_is_not_offered_moving_or_deleting_its_own_root_page(client, tree):
    client.force_login(organisation_editor(tree.organisation, "piet"))
    org = tree.organisation.pk
    for path in [f"/admin/pages/{org}/", f"/admin/pages/{org}/edit/"]:
        assert offered(client.get(path).content.decode(), org) == set(), path
    # Pages below it still can be moved (the filter takes only what would be refused).
    listing = client.get(f"/admin/pages/{org}/").content.decode()
    assert "move" in offered(listing, tree.activity.pk)
    edit = client.get(f"/admin/pages/{tree.activity.pk}/edit/").content.decode()
    assert "move" in offered(edit, tree.activity.pk)
    # And what is not offered is still refused when asked for directly.
    response = client.get(f"/admin/pages/{org}/move/", follow=True)
    assert response.status_code in (200, 403)
    target = f.OrganisationPageFactory(parent=tree.organisations, title="Elders")
    client.post(f"/admin/pages/{org}/move/{target.pk}/confirm/")
    assert tree.organisation.get_parent().pk == tree.organisations.pk


def test_a_gemeente_editor_is_not_offered_moving_its_gemeente(client, tree):
    client.force_login(gemeente_users(tree.gemeente, "test")["editor"])
    gemeente = tree.gemeente.pk
    for path in [f"/admin/pages/{gemeente}/", f"/admin/pages/{gemeente}/edit/"]:
        assert offered(client.get(path).content.decode(), gemeente) == set(), path


def test_the_region_is_offered_what_it_may_do(client, tree):
    client.force_login(region_admin(tree.home, "regio"))
    org = tree.organisation.pk
    assert "move" in offered(client.get(f"/admin/pages/{org}/edit/").content.decode(), org)
    listing = client.get(f"/admin/pages/{tree.organisations.pk}/").content.decode()
    assert "move" in offered(listing, org)


def test_offer_and_refusal_follow_one_rule(client, tree):
    """For every page of the region and each role: moving is offered only where it is allowed."""
    users = [
        organisation_editor(tree.organisation, "piet"),
        gemeente_users(tree.gemeente, "test")["editor"],
        region_admin(tree.home, "regio"),
    ]
    pages = list(Page.objects.descendant_of(tree.home, inclusive=True).specific())
    for user in users:
        client.force_login(user)
        for page in pages:
            perms = page.permissions_for_user(user)
            if not perms.can_edit():
                continue
            html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
            allowed = perms.can_move() and may_restructure(user, page)
            assert ("move" in offered(html, page.pk)) == allowed, (user.username, page.title)


# --- a confirmation after every workflow action ---------------------------------------------


def messages_of(response) -> list[str]:
    """The messages shown after the action, as the editor reads them."""
    if not response.context:
        return []
    return [html.unescape(str(m)).strip() for m in response.context["messages"]]


def moderated_request(tree, title="Hulp bij tuin"):
    """A resident's request waiting for its gemeente's moderators (as after confirmation)."""
    market = MarketplacePage.objects.child_of(tree.gemeente).get()
    item = f.RequestPageFactory(
        parent=market, wijk=tree.wijk, category=tree.category, live=False, title=title
    )
    item.save_revision()
    item.get_workflow().start(item, user=None)
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(item.pk))
    return item, state.current_task_state


def test_approving_a_request_says_it_is_approved_and_published(client, tree):
    users = gemeente_users(tree.gemeente, "test")
    item, task_state = moderated_request(tree)
    client.force_login(users["moderator"])
    response = client.post(
        f"/admin/pages/workflow/action/{item.pk}/approve/{task_state.pk}/",
        {"comment": ""},
        follow=True,
    )
    assert "'Hulp bij tuin' is goedgekeurd en gepubliceerd." in messages_of(response)
    assert RequestPage.objects.get(pk=item.pk).live


def test_rejecting_a_request_says_changes_were_asked(client, tree):
    users = gemeente_users(tree.gemeente, "test")
    item, task_state = moderated_request(tree, "Hulp bij verhuizen")
    client.force_login(users["moderator"])
    response = client.post(
        f"/admin/pages/workflow/action/{item.pk}/reject/{task_state.pk}/",
        {"comment": "Graag zonder telefoonnummer."},
        follow=True,
    )
    assert "Je hebt om wijzigingen gevraagd voor 'Hulp bij verhuizen'." in messages_of(response)
    assert not RequestPage.objects.get(pk=item.pk).live


def test_publishing_and_nog_actueel_are_confirmed_too(client, tree):
    client.force_login(organisation_editor(tree.organisation, "piet"))
    response = client.post(
        f"/admin/verouderde-inhoud/{tree.activity.pk}/nog-actueel/",
        {"next": "/admin/"},
        follow=True,
    )
    assert f"'{tree.activity.title}' is bevestigd als actueel." in messages_of(response)
    tree.service.save_revision()
    response = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={tree.service.pk}",
        {"next": "/admin/"},
        follow=True,
    )
    assert any("gepubliceerd" in m for m in messages_of(response)), messages_of(response)


def test_the_onboarding_forms_choose_the_only_region_of_its_administrator(client, tree):
    client.force_login(region_admin(tree.home, "regio"))
    for path in ["/admin/onboarding/gemeente/", "/admin/onboarding/organisatie/"]:
        page = doc(client.get(path))
        chosen = page.xpath("//select[@name='region']/option[@selected]/@value")
        assert chosen == [str(tree.home.pk)], path


def test_a_change_without_a_user_shows_wagtails_local_picture_not_gravatar():
    from wagtail.admin.templatetags.wagtailadmin_tags import avatar_url

    url = avatar_url(None, size=25)
    assert "gravatar" not in url and url.startswith("/static/")
