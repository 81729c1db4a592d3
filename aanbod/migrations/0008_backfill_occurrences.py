"""Fill the occurrence table for the activities that are live now (the same expansion rule)."""

from django.db import migrations

from aanbod.agenda.schedules import expand
from aanbod.agenda.table import planned_window


def backfill(apps, schema_editor):
    """Every live activity's occurrences over the planned window, and that window."""
    activity_model = apps.get_model("aanbod", "ActivityPage")
    occurrence_model = apps.get_model("aanbod", "ActivityOccurrence")
    horizon_model = apps.get_model("aanbod", "OccurrenceHorizon")
    window = planned_window()
    horizon_model.objects.update_or_create(pk=1, defaults={"start": window[0], "end": window[1]})
    rows = []
    activities = activity_model.objects.filter(live=True).prefetch_related("exception_dates")
    for activity in activities.iterator(chunk_size=500):
        exdates = [e.date for e in activity.exception_dates.all()]
        pairs = expand(
            activity.start,
            activity.end,
            activity.recurrence,
            exdates,
            activity.series_end,
            window[0],
            window[1],
        )
        rows.extend(occurrence_model(activity_id=activity.pk, start=s, end=e) for s, e in pairs)
        if len(rows) >= 500:
            occurrence_model.objects.bulk_create(rows)
            rows = []
    occurrence_model.objects.bulk_create(rows)


def clear(apps, schema_editor):
    """Going back: the tables are dropped by the previous migration's reversal."""


class Migration(migrations.Migration):
    dependencies = [("aanbod", "0007_occurrence_table")]

    operations = [migrations.RunPython(backfill, clear)]
