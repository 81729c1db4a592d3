"""The outbox takes over ``aanbod``'s OutboxMessage, table and rows as they are.

State only: the table ``aanbod_outboxmessage`` was created by ``aanbod`` 0004 and is kept
(``db_table``); ``aanbod`` 0006 drops the model from its own state. No row is copied or lost.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("aanbod", "0005_calendar_feeds"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OutboxMessage",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("to", models.EmailField(max_length=254)),
                        ("reply_to", models.EmailField(blank=True, max_length=254)),
                        ("subject", models.CharField(max_length=200)),
                        ("body", models.TextField()),
                        ("headers", models.JSONField(blank=True, default=dict)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("attempts", models.PositiveIntegerField(default=0)),
                        ("last_attempt_at", models.DateTimeField(blank=True, null=True)),
                        ("last_error", models.CharField(blank=True, max_length=200)),
                    ],
                    options={
                        "verbose_name": "wachtende e-mail",
                        "verbose_name_plural": "wachtende e-mails",
                        "ordering": ["created_at"],
                        "db_table": "aanbod_outboxmessage",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
