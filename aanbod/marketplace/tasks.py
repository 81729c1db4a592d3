"""Background work of vraag en aanbod (django-tasks); arguments are never personal data."""

from django_tasks import task

from aanbod.marketplace import lifecycle, subscriptions


@task()
def daily_maintenance() -> dict:
    """Delete unconfirmed submissions, remind, expire and erase personal data (daily)."""
    return lifecycle.run_maintenance()


@task()
def purge_personal_data() -> int:
    """Erase residents' data that is due for erasure."""
    return lifecycle.purge_personal_data()


@task()
def send_digests(frequency: str) -> int:
    """Send the daily or weekly subscription digests."""
    return subscriptions.send_digests(frequency)
