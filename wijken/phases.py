"""The rollout phases a gemeente or wijk goes through (the rule itself is in ``wijken.rollout``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RolloutPhase(models.TextChoices):
    """The phases a gemeente or wijk goes through, in order."""

    PREPARATION = "preparation", _("In voorbereiding")
    PILOT = "pilot", _("Pilot")
    LIVE = "live", _("Live")
