"""AVG: after erasure no copy of a resident's name, e-mail or phone remains anywhere.

The scan reads every table of the database as text (PostgreSQL ``row::text``): pages,
revisions, log entries, workflow states, Wagtail's search index, the portal's own search
table, the outbox (queued e-mail), task rows; and every value in the cache.
"""

import datetime
import re

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest

from aanbod.models import RequestPage, Submitter
from outbox.models import OutboxMessage
from tests.cache_contents import cache_blob
from tests.smtp import SMTPServer

NAME, EMAIL, PHONE = "Zwanhilde", "zwanhilde.geheim@example.org", "0687654321"
NEEDLES = [NAME, EMAIL, "zwanhilde.geheim", PHONE, "06 8765 4321"]
LINK_RE = re.compile(r"https?://[^/\s]+(/\S+/beheer/\S+/)")


@pytest.fixture(autouse=True)
def _no_limits(settings):
    settings.AANBOD_RATE_LIMITS = {"ip": (1000, 3600), "email": (1000, 86400)}
    cache.clear()


def tables_containing(needle: str) -> list[str]:
    """Every table with a row whose text contains ``needle`` (case-insensitive)."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(
                f'SELECT 1 FROM "{table}" AS t WHERE t::text ILIKE %s LIMIT 1', [f"%{needle}%"]
            )
            if cursor.fetchone():
                found.append(table)
    return found


def cache_contains(needle: str) -> bool:
    """Whether any key or value in the cache (local memory or Redis) holds ``needle``."""
    return needle.lower().encode() in cache_blob().lower()


def leftovers() -> dict:
    return {
        needle: tables_containing(needle) + (["cache"] if cache_contains(needle) else [])
        for needle in NEEDLES
    }


def full_life(client, tree, admin_user) -> RequestPage:
    """Post, confirm, approve, get a reply while the mail server is down, and a report."""
    data = {
        "kind": "vraag",
        "category": tree.category.pk,
        "wijk": tree.wijk.pk,
        "title": "Gezelschap op zondagmiddag",
        "description": "Ik zou graag op zondag samen koffie drinken en een spelletje doen.",
        "when": "zondagmiddag",
        "first_name": NAME,
        "email": EMAIL,
        "phone": "06 8765 4321",
        "consent": "on",
    }
    client.post(tree.marketplace.url, {f"post-{k}": v for k, v in data.items()})
    link = LINK_RE.search(mail.outbox[-1].body).group(1)
    client.post(link, {"action": "confirm"})
    item = Submitter.objects.get(email=EMAIL).page.specific
    state = WorkflowState.objects.active().for_instance(item).get()
    state.current_task_state.task.specific.on_action(
        state.current_task_state, admin_user, "approve"
    )
    item.refresh_from_db()
    assert item.live
    client.get(item.url)  # rendered (and whatever gets cached)
    client.post(item.url + "meld/", {"report-reason": "test"})
    return item


@pytest.mark.postgres
def test_nothing_remains_after_erasure_30_days_after_closing(
    tree_client, tree, admin_user, settings
):
    item = full_life(tree_client, tree, admin_user)
    # A reply queued while the mail server is down (a closed port).
    down = SMTPServer()
    for name, value in down.settings().items():
        setattr(settings, name, value)
    tree_client.post(
        item.url + "reageer/",
        {
            "reply-name": "Kees",
            "reply-email": "kees@example.org",
            "reply-message": "Ik kom graag!",
            "reply-consent": "on",
        },
    )
    assert OutboxMessage.objects.filter(to=EMAIL).exists()
    assert "aanbod_submitter" in tables_containing(EMAIL)  # the scan does find data
    submitter = Submitter.objects.get(email=EMAIL)
    from aanbod.marketplace import lifecycle

    lifecycle.close(submitter)
    assert lifecycle.purge_personal_data(timezone.localdate() + datetime.timedelta(days=29)) == 0
    assert Submitter.objects.filter(email=EMAIL).exists()
    assert lifecycle.purge_personal_data(timezone.localdate() + datetime.timedelta(days=30)) == 1
    assert leftovers() == {needle: [] for needle in NEEDLES}
    item.refresh_from_db()
    assert item.first_name == "" and not item.live


@pytest.mark.postgres
def test_nothing_remains_after_deletion_on_request(tree_client, tree, admin_user):
    item = full_life(tree_client, tree, admin_user)
    link = LINK_RE.search(mail.outbox[-1].body).group(1)
    response = tree_client.post(link, {"action": "delete"})
    assert response.status_code == 200
    assert not RequestPage.objects.filter(pk=item.pk).exists()
    assert leftovers() == {needle: [] for needle in NEEDLES}


@pytest.mark.postgres
def test_the_purge_command_erases_expired_items(tree_client, tree, admin_user):
    item = full_life(tree_client, tree, admin_user)
    RequestPage.objects.filter(pk=item.pk).update(
        expires_at=timezone.localdate() - datetime.timedelta(days=31)
    )
    call_command("purge_personal_data", verbosity=0)
    assert leftovers() == {needle: [] for needle in NEEDLES}


def test_erasure_removes_the_submitter_and_the_first_name_everywhere(tree_client, tree, admin_user):
    """The same on any database, checked through the models."""
    from wagtail.models import Revision

    from aanbod.marketplace import lifecycle

    item = full_life(tree_client, tree, admin_user)
    lifecycle.erase(Submitter.objects.get(email=EMAIL))
    assert not Submitter.objects.filter(email=EMAIL).exists()
    assert not OutboxMessage.objects.filter(to=EMAIL).exists()
    for revision in Revision.objects.for_instance(item):
        assert NAME not in str(revision.content)
