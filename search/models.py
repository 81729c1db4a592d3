"""The portal's own search table: one slim row per publicly searchable page.

Rows hold analysed keys (see ``search.text``), facet ids and a short plain text for snippets.
On PostgreSQL a migration adds generated ``tsvector`` columns with GIN indexes and a trigram
index on the typo vocabulary; on SQLite the same rows are searched with ``LIKE``.
Residents' personal data (names, e-mail, phone) is never written here.
"""

from django.db import models


class SearchEntry(models.Model):
    """One live page in the search table, with its keys and what the facets need."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    page_type = models.CharField(max_length=32, db_index=True)
    path = models.CharField(max_length=255, db_index=True)
    title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=255)
    title_keys = models.TextField()
    body_keys = models.TextField()
    text = models.TextField(blank=True)
    # True when the page is tied to wijken: then at least one of them must be visible.
    needs_visible_wijk = models.BooleanField(default=False)
    expires_at = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "zoekregel"

    def __str__(self) -> str:
        return self.title


class SearchTag(models.Model):
    """A facet value of an entry: a gemeente (g), wijk (w) or category (c) id."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tags")
    kind = models.CharField(max_length=1)
    value = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["kind", "value"]), models.Index(fields=["entry", "kind"])]

    def __str__(self) -> str:
        return f"{self.kind}{self.value}"


class SearchWord(models.Model):
    """A distinct folded word seen in indexed text: the vocabulary for typo correction."""

    word = models.CharField(max_length=40, unique=True)

    def __str__(self) -> str:
        return self.word
