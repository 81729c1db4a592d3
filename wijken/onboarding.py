"""Groups, permissions, collections and workflows that follow the page tree.

Reusable building blocks, each idempotent (running it again changes nothing):

* a region (``HomePage``) gets a *regiobeheerders* group with rights on the region's subtree;
* a gemeente gets *redacteuren* (its whole subtree) and *moderatoren* (its vraag en aanbod);
* every group gets its own image/document collection below the region's collection;
* a gemeente's moderation workflow is assigned to its ``GemeentePage``, so everything below it
  (residents' requests and offers) goes to that gemeente's moderators.

Nobody but superusers gets rights on the tree's root. ``aanbod.onboarding`` builds on this for
organisations and the gemeente's marketplace page.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import QuerySet

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import GemeentePage

SEP = " · "
EDITORS = "redacteuren"
MODERATORS = "moderatoren"
REGION_ADMINS = "regiobeheerders"

EDIT_ACTIONS = ("add", "change", "publish")
DRAFT_ACTIONS = ("add", "change")
MODERATE_ACTIONS = ("change", "publish")
REGION_ACTIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


class OnboardingError(ValueError):
    """Bad onboarding input: the message says what to fix; nothing was created."""


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(action: str) -> Permission:
    """The wagtailcore page permission for an action ('add', 'change', 'publish', ...)."""
    return _permission("wagtailcore", f"{action}_page")


def group_name(*parts: str) -> str:
    """A readable, unique group name such as 'Westelijke Mijnstreek · Stein · redacteuren'."""
    name = SEP.join(parts)
    if len(name) > 150:
        head = SEP.join(parts[:-1])[: 150 - len(parts[-1]) - len(SEP) - 1] + "…"
        name = f"{head}{SEP}{parts[-1]}"
    return name


def anchored_group(page: Page, role: str, name: str) -> Group:
    """The group of this role rooted at ``page`` (found by its permission, else by name)."""
    group = (
        Group.objects.filter(page_permissions__page=page, name__endswith=f"{SEP}{role}")
        .order_by("pk")
        .first()
    )
    if group is None:
        group, _ = Group.objects.get_or_create(name=name)
    admin_access = _permission("wagtailadmin", "access_admin")
    group.permissions.add(admin_access)
    return group


def set_page_permissions(group: Group, page: Page, actions: tuple[str, ...]) -> None:
    """Give ``group`` exactly these actions on ``page`` and its subtree."""
    wanted = {page_permission(action).pk for action in actions}
    existing = set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission_id", flat=True
        )
    )
    GroupPagePermission.objects.filter(group=group, page=page).exclude(
        permission_id__in=wanted
    ).delete()
    GroupPagePermission.objects.bulk_create(
        [GroupPagePermission(group=group, page=page, permission_id=pk) for pk in wanted - existing]
    )


def ensure_collection(name: str, parent: Collection | None = None) -> Collection:
    """The child collection with this name (created when missing)."""
    parent = parent or Collection.get_first_root_node()
    existing = parent.get_children().filter(name=name).first()
    if existing:
        return existing
    return parent.add_child(name=name)


def grant_collection(group: Group, collection: Collection) -> None:
    """Let ``group`` add, edit and choose images and documents in ``collection``."""
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


def ensure_approval_workflow(name: str, groups: list[Group]) -> Workflow:
    """A one-step workflow whose single task is approved by ``groups``."""
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    task.groups.set(groups)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_workflow(page: Page, workflow: Workflow | None) -> None:
    """Make ``workflow`` apply to ``page`` and its subtree (None removes the assignment)."""
    if workflow is None:
        WorkflowPage.objects.filter(page=page).delete()
    else:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def region_of(page: Page):
    """The region (HomePage) a page belongs to."""
    from home.models import HomePage

    return HomePage.objects.ancestor_of(page, inclusive=True).first()


def region_collection(home) -> Collection:
    """The region's collection below the root collection."""
    return ensure_collection(home.region_name or home.title)


def ensure_region_access(home, extra_permissions: tuple[str, ...] = ()) -> Group:
    """The region's administrators group: rights on the region's subtree and collection."""
    region = home.region_name or home.title
    group = anchored_group(home, REGION_ADMINS, group_name(region, REGION_ADMINS))
    set_page_permissions(group, home, REGION_ACTIONS)
    grant_collection(group, region_collection(home))
    for label in extra_permissions:
        app_label, codename = label.split(".")
        group.permissions.add(_permission(app_label, codename))
    return group


def region_admin_group(home) -> Group | None:
    """The existing administrators group of a region, if any."""
    return Group.objects.filter(
        page_permissions__page=home, name__endswith=f"{SEP}{REGION_ADMINS}"
    ).first()


def ensure_gemeente_access(gemeente: GemeentePage, marketplace: Page | None) -> dict[str, Group]:
    """Editors and moderators of a gemeente, its collection and its moderation workflow."""
    home = region_of(gemeente)
    region = home.region_name or home.title
    editors = anchored_group(gemeente, EDITORS, group_name(region, gemeente.title, EDITORS))
    set_page_permissions(editors, gemeente, EDIT_ACTIONS)
    moderators = anchored_group(
        marketplace or gemeente, MODERATORS, group_name(region, gemeente.title, MODERATORS)
    )
    if marketplace is not None:
        set_page_permissions(moderators, marketplace, MODERATE_ACTIONS)
    collection = ensure_collection(f"Gemeente {gemeente.title}", region_collection(home))
    grant_collection(editors, collection)
    workflow = ensure_approval_workflow(
        f"Moderatie vraag en aanbod {gemeente.title}", [moderators, editors]
    )
    assign_workflow(gemeente, workflow)
    return {"editors": editors, "moderators": moderators}


def groups_with_rights_on(page: Page, action: str = "change") -> QuerySet:
    """Groups holding ``action`` exactly on ``page`` (the page they are rooted at)."""
    return Group.objects.filter(
        page_permissions__page=page, page_permissions__permission=page_permission(action)
    ).distinct()


def administered_regions(user) -> QuerySet:
    """The regions (HomePages) this user administers; all of them for a superuser."""
    from home.models import HomePage

    if user.is_superuser:
        return HomePage.objects.all().order_by("title")
    return (
        HomePage.objects.filter(
            group_permissions__group__user=user,
            group_permissions__group__name__endswith=f"{SEP}{REGION_ADMINS}",
        )
        .distinct()
        .order_by("title")
    )


def page_editors(page: Page) -> list:
    """Active users with an e-mail address whose groups may change this page (its editors)."""
    User = get_user_model()
    return list(
        User.objects.filter(
            is_active=True,
            groups__page_permissions__page=page,
            groups__page_permissions__permission__codename="change_page",
        )
        .exclude(email="")
        .distinct()
        .order_by("email")
    )
