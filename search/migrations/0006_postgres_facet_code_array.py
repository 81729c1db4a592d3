"""PostgreSQL only: an integer array of facet codes, counted with unnest for facets."""

from django.db import migrations

FORWARD = [
    """ALTER TABLE search_searchentry
        ADD COLUMN facet_code_ids integer[] GENERATED ALWAYS AS (
            string_to_array(btrim(facet_codes), ' ')::integer[]) STORED""",
    """ALTER TABLE search_searchentry
        ALTER COLUMN facet_code_ids SET STORAGE PLAIN,
        ALTER COLUMN facet_codes SET STORAGE PLAIN""",
]
BACKWARD = ["ALTER TABLE search_searchentry DROP COLUMN IF EXISTS facet_code_ids"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARD:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACKWARD:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_facet_codes")]

    operations = [migrations.RunPython(forward, backward)]
