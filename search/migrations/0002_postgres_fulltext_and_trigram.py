"""PostgreSQL only: pg_trgm, generated tsvector columns with GIN indexes, trigram indexes.

On SQLite this migration does nothing (the search degrades to LIKE on the key columns).
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE search_searchentry
        ADD COLUMN title_doc tsvector GENERATED ALWAYS AS (to_tsvector('simple', title_keys)) STORED,
        ADD COLUMN doc tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title_keys), 'A')
            || setweight(to_tsvector('simple', body_keys), 'B')) STORED""",
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 256)",
    "CREATE INDEX search_entry_doc_gin ON search_searchentry USING gin (doc)",
    "CREATE INDEX search_entry_title_doc_gin ON search_searchentry USING gin (title_doc)",
    "CREATE INDEX search_entry_title_trgm ON search_searchentry USING gin (title_folded gin_trgm_ops)",
    "CREATE INDEX search_word_trgm ON search_searchword USING gin (word gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_word_trgm",
    "DROP INDEX IF EXISTS search_entry_title_trgm",
    "DROP INDEX IF EXISTS search_entry_title_doc_gin",
    "DROP INDEX IF EXISTS search_entry_doc_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS doc, DROP COLUMN IF EXISTS title_doc",
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
    dependencies = [("search", "0001_search_table")]

    operations = [migrations.RunPython(forward, backward)]
