"""One region, one language: where a page's links to wijken, organisations and terms may point.

A page links to other pages (wijken, gemeenten, organisations) and to translatable records
(categories, target groups). Such a link may only point into the page's own region (the Site
whose tree holds the page) and at the page's own language. The admin's forms offer only those
choices (``RegionPageForm``) and every save refuses anything else (``RegionLinksMixin.clean``),
so the admin, the APIs, imports and management commands keep to the same rule.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import QuerySet
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, Site, TranslatableMixin

REGION_MESSAGE = _(
    "%(kind)s “%(name)s” hoort niet bij regio %(region)s; "
    "kies een %(kind_lower)s uit je eigen regio."
)
LOCALE_MESSAGE = _(
    "%(kind)s “%(name)s” is in een andere taal (%(language)s); kies een %(kind_lower)s in de taal "
    "van deze pagina (%(page_language)s)."
)


def region_link_fields(model: type[models.Model]) -> list[models.Field]:
    """The fields of a page type that link to pages or translatable records (own fields only)."""
    page_fields = {field.name for field in Page._meta.get_fields()}
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey | models.ManyToManyField)
        and field.name not in page_fields
        and not field.remote_field.parent_link
        and issubclass(field.related_model, TranslatableMixin)
    ]


def _anchor(page: Page, parent: Page | None) -> Page | None:
    """Where the page is in the tree: itself once placed, else the parent it is added under."""
    return page if page.path else parent


def region_prefix(anchor: Page) -> tuple[Site | None, str]:
    """The page's Site and the tree path of its region root in the page's language ("" if none)."""
    placed = anchor if anchor.url_path else anchor.get_parent()  # new: no URL path yet
    site = placed.get_site() if placed is not None else None
    if site is None:
        return None, ""
    return site, anchor.path[: site.root_page.depth * Page.steplen]


def _locale_id(page: Page, anchor: Page | None) -> int | None:
    return page.locale_id or (anchor.locale_id if anchor is not None else None)


def allowed_choices(field: models.Field, page: Page, parent: Page | None = None) -> QuerySet:
    """What this link of this page may point at: the page's region and language only."""
    queryset = field.related_model._default_manager.all()
    anchor = _anchor(page, parent)
    locale_id = _locale_id(page, anchor)
    if locale_id is not None:
        queryset = queryset.filter(locale_id=locale_id)
    if anchor is not None and issubclass(field.related_model, Page):
        prefix = region_prefix(anchor)[1]
        if prefix:
            queryset = queryset.filter(path__startswith=prefix)
    return queryset


def chosen(page: Page, field: models.Field) -> list[models.Model]:
    """The records a link field holds now (for a page's many-to-many, also before it is saved)."""
    if field.many_to_many:
        return list(getattr(page, field.name).all())
    value = getattr(page, field.name, None)
    return [value] if value is not None else []


def _region_name(site: Site | None) -> str:
    if site is None:
        return ""
    return getattr(site.root_page.specific, "region_name", "") or site.site_name


def _refusal(field: models.Field, item: models.Model, page: Page, anchor: Page) -> ValidationError:
    """The Dutch message for one link that leaves the page's region or language."""
    kind = str(field.related_model._meta.verbose_name)
    names = {"kind": kind.capitalize(), "kind_lower": kind, "name": str(item)}
    site, _prefix = region_prefix(anchor)
    item_site = item.get_site() if isinstance(item, Page) else site
    if item_site != site:
        params = {**names, "region": _region_name(site)}
        return ValidationError(REGION_MESSAGE, code="other_region", params=params)
    languages = Locale.objects.in_bulk([item.locale_id, _locale_id(page, anchor)])
    params = {
        **names,
        "language": languages[item.locale_id].get_display_name(),
        "page_language": languages[_locale_id(page, anchor)].get_display_name(),
    }
    return ValidationError(LOCALE_MESSAGE, code="other_language", params=params)


def link_errors(
    page: Page, parent: Page | None = None, values: dict[str, list] | None = None
) -> dict[str, list[ValidationError]]:
    """Per field, a message for every link outside the page's region or language.

    ``values`` are the records a form is about to set; without them, what the page holds.
    """
    anchor = _anchor(page, parent)
    if anchor is None:
        return {}
    errors: dict[str, list[ValidationError]] = {}
    for field in region_link_fields(type(page)):
        items = values[field.name] if values is not None else chosen(page, field)
        items = [item for item in items if item is not None]
        if not items:
            continue
        ok = set(
            allowed_choices(field, page, parent)
            .filter(pk__in=[item.pk for item in items])
            .values_list("pk", flat=True)
        )
        refused = [_refusal(field, item, page, anchor) for item in items if item.pk not in ok]
        if refused:
            errors[field.name] = refused
    return errors


def localise_links(page: Page, values: dict[str, list]) -> dict[str, list]:
    """Swap a link in another language for its translation in the page's language, if any.

    A translation of a page (wagtail-localize copies many-to-many links as they are) then
    links to the translated wijken and terms; a link without such a translation stays, and
    the check refuses it. Returns the links as they now are.
    """
    for field in region_link_fields(type(page)):
        items = values[field.name]
        if all(item.locale_id == page.locale_id for item in items):
            continue
        values[field.name] = [
            item
            if item.locale_id == page.locale_id
            else (item.get_translation_or_none(page.locale) or item)
            for item in items
        ]
        if field.many_to_many:
            getattr(page, field.name).set(values[field.name])
        else:
            setattr(page, field.name, values[field.name][0])
    return values


class RegionPageForm(WagtailAdminPageForm):
    """A page form whose lists of wijken, terms and organisations show the page's region only."""

    def __init__(self, *args, **kwargs):
        """Offer only the choices of the page's region and language (refusals name the rest)."""
        super().__init__(*args, **kwargs)
        for model_field in region_link_fields(type(self.instance)):
            field = self.fields.get(model_field.name)
            if field is not None:
                self._offer_own_region(model_field, field)

    def _offer_own_region(self, model_field: models.Field, field: forms.Field) -> None:
        # The field still accepts any record, so a refused one gets the message that says why.
        narrowed = ModelChoiceIterator(field)
        narrowed.queryset = allowed_choices(model_field, self.instance, self.parent_page)
        if not isinstance(field.widget, forms.Select | forms.CheckboxSelectMultiple):
            multiple = model_field.many_to_many
            field.widget = forms.CheckboxSelectMultiple() if multiple else forms.Select()
        field.widget.choices = narrowed

    def _post_clean(self):
        # The model's check would see the links the page held before this form: modelcluster
        # sets the posted ones only when the form saves. clean() below checks the posted ones.
        self.instance._links_checked_by_form = True
        try:
            super()._post_clean()
        finally:
            del self.instance._links_checked_by_form

    def clean(self):
        """Refuse a wijk, gemeente, organisation or term of another region or language."""
        cleaned_data = super().clean()
        values = {}
        for model_field in region_link_fields(type(self.instance)):
            if model_field.name not in self.fields:
                values[model_field.name] = chosen(self.instance, model_field)
                continue
            value = cleaned_data.get(model_field.name)
            if value is None:
                values[model_field.name] = []  # refused already, or left empty
            else:
                values[model_field.name] = list(value) if model_field.many_to_many else [value]
        errors = link_errors(self.instance, self.parent_page, values)
        for name, messages in errors.items():
            if name in self.fields:
                self.add_error(name, messages)
        return cleaned_data


class RegionLinksMixin:
    """Page types linking to wijken, gemeenten, organisations or terms: one region, one language."""

    base_form_class = RegionPageForm

    def clean(self):
        """Refuse links outside the page's region or language, whoever saves the page."""
        super().clean()
        if not self.path or getattr(self, "_links_checked_by_form", False):
            return  # not in the tree yet (add_child checks it), or the admin form checks it
        values = {field.name: chosen(self, field) for field in region_link_fields(type(self))}
        errors = link_errors(self, values=localise_links(self, values))
        if errors:
            raise ValidationError(errors)
