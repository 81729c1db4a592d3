"""API v2 representations of related objects: always by id and name."""

from rest_framework import serializers


class TermListField(serializers.Field):
    """A many-to-many to taxonomy terms as [{"id", "name", "slug"}]."""

    def to_representation(self, manager):
        return [{"id": t.pk, "name": t.name, "slug": t.slug} for t in manager.all()]


class WijkListField(serializers.Field):
    """A many-to-many to wijken as [{"id", "title", "slug"}]."""

    def to_representation(self, manager):
        return [{"id": w.pk, "title": w.title, "slug": w.slug} for w in manager.all()]


class WijkField(serializers.Field):
    """A single wijk as {"id", "title", "slug"}."""

    def to_representation(self, wijk):
        return {"id": wijk.pk, "title": wijk.title, "slug": wijk.slug} if wijk else None


class TermField(serializers.Field):
    """A single taxonomy term as {"id", "name", "slug"}."""

    def to_representation(self, term):
        return {"id": term.pk, "name": term.name, "slug": term.slug} if term else None
