"""One region, one language: every page type that links to wijken or terms keeps to its own.

The page types are found by introspection (every page model with a link to a page or a
translatable record), so a new one cannot be left out. For each: the admin's form offers only
the own region's wijken and the page's language's terms; a crafted POST with another region's
wijk or a term in another language is refused with a message that says what to do, and nothing
is saved; and saving outside the admin (an import, the API, a command) is refused the same way.
"""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import models, transaction

from wagtail.models import Locale, Page, Site, get_page_models

import lxml.html
import pytest

from aanbod.models import (
    ActivityPage,
    Category,
    OfferPage,
    OrganisationPage,
    RequestPage,
    ServicePage,
    TargetGroup,
)
from home.region_links import RegionLinksMixin, RegionPageForm, region_link_fields
from tests import factories as f
from wijken.models import WijkPage

pytestmark = pytest.mark.django_db

LINKED_PAGE_TYPES = [model for model in get_page_models() if region_link_fields(model)]


@dataclass
class Elsewhere:
    """What no test-region page may link to: another region's wijk, terms in English."""

    wijk: WijkPage
    own: dict[type, models.Model]  # per term model: a Dutch term of the test region's pages
    translated: dict[type, models.Model]  # its English translation
    english_only: dict[type, models.Model]  # an English term with no Dutch translation


def english_term(model, slug: str, name: str, english: Locale, source=None) -> models.Model:
    """An English term: a translation of ``source``, or one of its own."""
    if source is None:
        return model.objects.create(slug=slug, name=name, locale=english)
    translation = source.copy_for_translation(english)
    translation.name = name
    translation.save()
    return translation


@pytest.fixture
def elsewhere(tree) -> Elsewhere:
    """A second region on its own Site with one wijk; English terms next to the Dutch ones."""
    home = f.HomePageFactory(parent=Page.get_first_root_node(), slug="andere-regio")
    Site.objects.create(hostname="andere-regio.localhost", port=80, root_page=home)
    gemeente = f.GemeentePageFactory(parent=home, title="Verweg", slug="verweg")
    wijk = f.WijkPageFactory(parent=gemeente, title="Overkant", slug="overkant", postcodes="9981")
    english, _ = Locale.objects.get_or_create(language_code="en")
    own = {Category: tree.category, TargetGroup: f.TargetGroupFactory(slug="test-ouderen")}
    translated = {
        model: english_term(model, "", f"English {model.__name__}", english, term)
        for model, term in own.items()
    }
    english_only = {
        model: english_term(model, f"test-only-en-{model.__name__.lower()}", "Only", english)
        for model in own
    }
    return Elsewhere(wijk, own, translated, english_only)


def linked_page(tree, model) -> Page:
    """The test region's page of this type (the tree fixture has one of each)."""
    page = model.objects.descendant_of(tree.home).first()
    assert page is not None, f"add a {model.__name__} to the tree fixture in tests/conftest.py"
    return page


def foreign_value(field: models.Field, elsewhere: Elsewhere) -> models.Model:
    """A record this link may not point at: the other region's wijk, or an English term."""
    if issubclass(field.related_model, WijkPage):
        return elsewhere.wijk
    if field.related_model in elsewhere.translated:
        return elsewhere.translated[field.related_model]
    pytest.fail(f"no record of another region or language for {field} yet: add one to Elsewhere")


def test_the_page_types_with_links_are_found():
    """Introspection finds the known ones, so the parametrised tests below cover them."""
    assert {ActivityPage, ServicePage, OrganisationPage, RequestPage, OfferPage} <= set(
        LINKED_PAGE_TYPES
    )


@pytest.mark.parametrize("model", LINKED_PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_linked_page_type_checks_its_links(model):
    """Its model refuses foreign links and its admin form narrows the lists."""
    assert issubclass(model, RegionLinksMixin)
    assert issubclass(model.get_edit_handler().get_form_class(), RegionPageForm)


def edit_form(client, page: Page) -> tuple[lxml.html.HtmlElement, object]:
    """The page's edit form as the browser gets it, and the Django form behind it."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = lxml.html.fromstring(response.content.decode())
    return html.get_element_by_id("page-edit-form"), response.context["form"]


def offered(form_element, name: str) -> set[str]:
    """The values a checkbox list or select offers."""
    return {
        value
        for value in form_element.xpath(
            f".//input[@name='{name}']/@value | .//select[@name='{name}']/option/@value"
        )
        if value
    }


def as_posted(form_element) -> dict[str, list[str]]:
    """What a browser submits for this form (StreamFields left empty: they are built by script)."""
    data: dict[str, list[str]] = {}
    for element in form_element.xpath(".//input | .//textarea | .//select"):
        name = element.get("name")
        kind = (element.get("type") or "").lower()
        if not name or kind in {"submit", "button", "file"}:
            continue
        if kind in {"checkbox", "radio"}:
            if element.get("checked") is not None:
                data.setdefault(name, []).append(element.get("value", "on"))
            continue
        if element.tag == "select":
            values = [o.get("value") for o in element.xpath("option[@selected]")]
            data.setdefault(name, []).extend(values)
            continue
        data.setdefault(name, []).append(element.value or "")
    return data


def with_streamfields_empty(data: dict, form) -> dict:
    """Add an empty StreamField count for every StreamField the form holds."""
    for name, field in form.fields.items():
        if field.__class__.__name__ == "BlockField":
            data[f"{name}-count"] = ["0"]
    return data


@pytest.mark.parametrize("model", LINKED_PAGE_TYPES, ids=lambda m: m.__name__)
def test_the_form_offers_only_the_own_region_and_language(admin_client, tree, elsewhere, model):
    """The lists show this region's wijken and the page's language's terms, nothing else."""
    page = linked_page(tree, model)
    form_element, _form = edit_form(admin_client, page)
    for field in region_link_fields(model):
        values = offered(form_element, field.name)
        assert str(foreign_value(field, elsewhere).pk) not in values, field.name
        if field.related_model in elsewhere.own:
            assert str(elsewhere.english_only[field.related_model].pk) not in values
            assert str(elsewhere.own[field.related_model].pk) in values
            offered_terms = field.related_model.objects.filter(pk__in=values)
            assert {term.locale.language_code for term in offered_terms} == {"nl"}
        else:
            assert str(tree.wijk.pk) in values
            assert all(WijkPage.objects.get(pk=pk).path.startswith(tree.home.path) for pk in values)


def crafted(data: dict, field: models.Field, value: models.Model) -> dict:
    """The form data with a foreign record ticked (a list) or chosen (a single link)."""
    if field.many_to_many:
        return {**data, field.name: [*data.get(field.name, []), str(value.pk)]}
    return {**data, field.name: [str(value.pk)]}


def links(page: Page, field: models.Field) -> set[int]:
    """The ids a page's link holds in the database now."""
    fresh = type(page).objects.get(pk=page.pk)
    if field.many_to_many:
        return set(getattr(fresh, field.name).values_list("pk", flat=True))
    return {getattr(fresh, field.attname)}


@pytest.mark.parametrize("model", LINKED_PAGE_TYPES, ids=lambda m: m.__name__)
def test_a_crafted_post_is_refused_and_nothing_saved(admin_client, tree, elsewhere, model):
    """Another region's wijk or a term in another language: a message, no revision."""
    page = linked_page(tree, model)
    form_element, form = edit_form(admin_client, page)
    data = with_streamfields_empty(as_posted(form_element), form)
    revisions = page.revisions.count()
    for field in region_link_fields(model):
        value = foreign_value(field, elsewhere)
        before = links(page, field)
        response = admin_client.post(f"/admin/pages/{page.pk}/edit/", crafted(data, field, value))
        assert response.status_code == 200, field.name
        message = " ".join(response.context["form"].errors.get(field.name, []))
        if value == elsewhere.wijk:
            assert f"“Overkant” hoort niet bij regio {tree.home.specific.region_name}" in message
            assert "kies een wijk uit je eigen regio" in message
        else:
            assert f"“{value.name}” is in een andere taal (English)" in message
            assert "in de taal van deze pagina (Nederlands)" in message
        assert links(page, field) == before
    assert page.revisions.count() == revisions
    # The same form without the foreign record is saved: only that record was refused.
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert page.revisions.count() == revisions + 1


@pytest.mark.parametrize("model", LINKED_PAGE_TYPES, ids=lambda m: m.__name__)
def test_saving_outside_the_admin_is_refused_too(tree, elsewhere, model):
    """An import, an API or a command that sets a foreign link gets the same refusal."""
    for field in region_link_fields(model):
        page = linked_page(tree, model)
        before = links(page, field)
        value = foreign_value(field, elsewhere)
        if field.many_to_many:
            getattr(page, field.name).add(value)  # modelcluster keeps it on the instance
            assert value in getattr(page, field.name).all()
        else:
            setattr(page, field.name, value)
        if value in elsewhere.translated.values():  # has a Dutch translation: see the last test
            value = elsewhere.english_only[field.related_model]
            if field.many_to_many:
                getattr(page, field.name).set([value])
            else:
                setattr(page, field.name, value)
        for save in (page.save, page.save_revision):
            with transaction.atomic(), pytest.raises(ValidationError) as refused:
                save()
            assert field.name in refused.value.message_dict
        assert links(page, field) == before


def test_a_new_page_under_the_region_cannot_link_elsewhere(tree, elsewhere):
    """A new activity (as an import adds it) tied to another region's wijk is not created."""
    activity = ActivityPage(
        title="Verkeerde wijk",
        intro="Test",
        start=tree.activity.start,
        end=tree.activity.end,
    )
    activity.wijken.set([tree.wijk, elsewhere.wijk])
    with transaction.atomic(), pytest.raises(ValidationError) as refused:
        tree.organisation.add_child(instance=activity)
    assert "kies een wijk uit je eigen regio" in " ".join(refused.value.message_dict["wijken"])
    assert not ActivityPage.objects.filter(title="Verkeerde wijk").exists()


def test_a_term_in_another_language_becomes_its_translation(tree, elsewhere):
    """A translated page's copied links (wagtail-localize copies them as they are) are swapped."""
    tree.service.categories.set([elsewhere.translated[Category]])
    tree.service.save_revision()
    assert list(tree.service.categories.all()) == [tree.category]


def test_links_saved_before_the_rule_are_listed(tree, elsewhere):
    """check_region_links names a link that broke the rule before it existed, and fails."""
    tree.activity.wijken.through.objects.create(
        activitypage=tree.activity, wijkpage=elsewhere.wijk
    )  # as saved before the check: straight into the table
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_region_links", stdout=out)
    assert f"{tree.activity.pk}\t{tree.activity.title}\twijken\tWijk “Overkant”" in out.getvalue()


def test_the_demo_regions_keep_to_their_own():
    """load_demo builds both regions under the rule: no link to list."""
    out = io.StringIO()
    call_command("check_region_links", stdout=out)
    assert "Every link keeps to its page's region and language." in out.getvalue()


def test_saving_in_the_admin_drops_a_link_from_before_the_rule(admin_client, tree, elsewhere):
    """The form does not offer the old foreign wijk, so saving the page removes it."""
    through = ActivityPage.wijken.through
    through.objects.create(activitypage=tree.activity, wijkpage=elsewhere.wijk)
    form_element, form = edit_form(admin_client, tree.activity)
    data = with_streamfields_empty(as_posted(form_element), form)
    assert str(elsewhere.wijk.pk) not in data["wijken"]
    response = admin_client.post(f"/admin/pages/{tree.activity.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    revision = ActivityPage.objects.get(pk=tree.activity.pk).get_latest_revision_as_object()
    assert set(revision.wijken.all()) == {tree.wijk, tree.wijk_prep}
