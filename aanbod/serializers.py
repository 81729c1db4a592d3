"""API v2 representations of related objects: always by id and name."""

from rest_framework import serializers


class TermListField(serializers.Field):
    """A many-to-many to taxonomy terms as [{"id", "name", "slug"}]."""

    def to_representation(self, manager):
        return [{"id": t.pk, "name": t.name, "slug": t.slug} for t in manager.all()]


def visible_wijk_ids(context: dict) -> set[int]:
    """The ids of the wijken the public sees, worked out once per API response."""
    from wijken.rollout import visible_wijken

    if "_visible_wijk_ids" not in context:
        context["_visible_wijk_ids"] = set(visible_wijken().values_list("pk", flat=True))
    return context["_visible_wijk_ids"]


class WijkListField(serializers.Field):
    """A many-to-many to wijken as [{"id", "title", "slug"}], visible wijken only."""

    def to_representation(self, manager):
        visible = visible_wijk_ids(self.context)
        return [
            {"id": w.pk, "title": w.title, "slug": w.slug} for w in manager.all() if w.pk in visible
        ]


class WijkField(serializers.Field):
    """A single wijk as {"id", "title", "slug"}."""

    def to_representation(self, wijk):
        return {"id": wijk.pk, "title": wijk.title, "slug": wijk.slug} if wijk else None


class TermField(serializers.Field):
    """A single taxonomy term as {"id", "name", "slug"}."""

    def to_representation(self, term):
        return {"id": term.pk, "name": term.name, "slug": term.slug} if term else None
