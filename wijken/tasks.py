"""Background work of wijken (django-tasks): the daily recompute of the stored visibility."""

from django_tasks import task

from wijken import visibility_store


@task()
def recompute_visibility() -> int:
    """Recompute every page's stored visibility for today (run daily just after midnight)."""
    return visibility_store.recompute()
