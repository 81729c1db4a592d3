"""The portal's own search table: one slim row per publicly searchable page.

Rows hold analysed keys (see ``home.dutch``), facet tokens and a short text for snippets.
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
    # Facet values as space-separated tokens: " g<gemeente id> w<wijk id> c<category id> ".
    tag_list = models.TextField(default="", blank=True)
    # The same facet values as integer codes (id * 4 + 1 gemeente, 2 wijk, 3 category), so
    # PostgreSQL counts facets over an int[] column (fast for common words).
    facet_codes = models.TextField(default="", blank=True)
    # The wijk ids alone ("12 34"); PostgreSQL derives an int[] column from it.
    wijk_list = models.TextField(default="", blank=True)
    expires_at = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "zoekregel"

    def __str__(self) -> str:
        return self.title


class SearchWord(models.Model):
    """A distinct folded word seen in indexed text: the vocabulary for typo correction."""

    word = models.CharField(max_length=40, unique=True)

    def __str__(self) -> str:
        return self.word
