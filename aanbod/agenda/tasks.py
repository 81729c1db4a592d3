"""Background work of the agenda (django-tasks): moving the occurrence table's horizon on."""

from django_tasks import task

from aanbod.agenda.table import extend_horizon


@task()
def extend_occurrences() -> dict[str, int]:
    """Nightly: extend the occurrence table to the horizon and drop past dates; counts."""
    return extend_horizon()
