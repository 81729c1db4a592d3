"""The taxonomy editors manage: categories (thema's) and target groups (doelgroepen)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin


class TaxonomyTerm(TranslatableMixin, models.Model):
    """Shared shape of a translatable taxonomy term."""

    name = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    description = models.CharField(_("omschrijving"), max_length=255, blank=True)

    panels = ["name", "slug", "description"]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Category(TaxonomyTerm):
    """A thema/categorie such as boodschappen, vervoer, klussen or gezelschap."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("categorie")
        verbose_name_plural = _("categorieën")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetGroup(TaxonomyTerm):
    """A doelgroep such as ouderen, mantelzorgers, jongeren or gezinnen."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
