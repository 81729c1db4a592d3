"""Who may import for which organisation: editors who may add pages below it."""

from django.db.models import QuerySet

from wagtail.permission_policies.pages import PagePermissionPolicy

from aanbod.models import OrganisationPage


def importable_organisations(user) -> QuerySet:
    """The organisations below which ``user`` may add activities (editors, region admins)."""
    if not user.is_authenticated or not user.is_active:
        return OrganisationPage.objects.none()
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["add"])
    return OrganisationPage.objects.filter(pk__in=pages.values("pk")).order_by("title")


def may_import(user, organisation: OrganisationPage) -> bool:
    """Whether ``user`` may import activities for ``organisation``."""
    return organisation.permissions_for_user(user).can_add_subpage()
