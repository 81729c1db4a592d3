"""Real users in the groups onboarding makes, for admin tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from aanbod.editorial.onboarding import ensure_gemeente, ensure_organisation_access, ensure_region
from aanbod.models import MarketplacePage

PASSWORD = "Wijk-test-2027!"


def user_in(group: Group, username: str):
    """An active staff-less user (admin access comes from the group) in ``group``."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD
    )
    user.groups.add(group)
    return user


def organisation_editor(organisation, username: str):
    """A user in the organisation's editors group (made by onboarding)."""
    return user_in(ensure_organisation_access(organisation), username)


def gemeente_users(gemeente, prefix: str) -> dict:
    """An editor and a moderator of a gemeente (its pages and groups made by onboarding)."""
    groups = ensure_gemeente(gemeente)
    assert MarketplacePage.objects.child_of(gemeente).exists()
    return {
        "editor": user_in(groups["editors"], f"{prefix}-redacteur"),
        "moderator": user_in(groups["moderators"], f"{prefix}-moderator"),
    }


def region_admin(home, username: str):
    """A user in the region's administrators group."""
    return user_in(ensure_region(home), username)
