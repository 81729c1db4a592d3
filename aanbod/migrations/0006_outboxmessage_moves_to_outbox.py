"""OutboxMessage now belongs to the ``outbox`` app; its table and rows stay (state only)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("aanbod", "0005_calendar_feeds"),
        ("outbox", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OutboxMessage")],
            database_operations=[],
        ),
    ]
