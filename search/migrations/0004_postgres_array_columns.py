"""PostgreSQL only: array columns from the facet tokens, inline storage, GIN without pending list.

``fastupdate = off`` keeps the GIN indexes free of a pending list, which otherwise grows after
bulk inserts and makes the planner fall back to sequential scans.
"""

from django.db import migrations

FORWARD = [
    """ALTER TABLE search_searchentry
        ADD COLUMN wijk_ids integer[] GENERATED ALWAYS AS (
            string_to_array(btrim(wijk_list), ' ')::integer[]) STORED,
        ADD COLUMN tags text[] GENERATED ALWAYS AS (
            string_to_array(btrim(tag_list), ' ')) STORED""",
    # Small columns read for every matching row stay inline and uncompressed; the big ones
    # (text, body keys, doc) go out of line (toast_tuple_target = 256 in 0002).
    """ALTER TABLE search_searchentry
        ALTER COLUMN tags SET STORAGE PLAIN,
        ALTER COLUMN wijk_ids SET STORAGE PLAIN,
        ALTER COLUMN title_doc SET STORAGE PLAIN,
        ALTER COLUMN path SET STORAGE PLAIN,
        ALTER COLUMN page_type SET STORAGE PLAIN,
        ALTER COLUMN tag_list SET STORAGE PLAIN,
        ALTER COLUMN wijk_list SET STORAGE PLAIN""",
    "ALTER INDEX search_entry_doc_gin SET (fastupdate = off)",
    "ALTER INDEX search_entry_title_doc_gin SET (fastupdate = off)",
    "ALTER INDEX search_entry_title_trgm SET (fastupdate = off)",
    "ALTER INDEX search_word_trgm SET (fastupdate = off)",
]
BACKWARD = [
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS wijk_ids, DROP COLUMN IF EXISTS tags",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARD:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACKWARD:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_facet_tokens_on_entry")]

    operations = [migrations.RunPython(forward, backward)]
