"""Mail waiting to be sent: the outbox's one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """An e-mail waiting to be sent; deleted as soon as the mail server has accepted it."""

    from_email = models.CharField(max_length=254, blank=True, help_text="empty: DEFAULT_FROM_EMAIL")
    to = models.EmailField()
    also_to = models.JSONField(
        default=list,
        blank=True,
        help_text="further addresses in To (e.g. an organisation's editors)",
    )
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    reply_to = models.EmailField(blank=True)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="empty: send at once"
    )
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        # The table it had in ``aanbod`` before the outbox became an app of its own.
        db_table = "aanbod_outboxmessage"
        verbose_name = _("wachtende e-mail")
        verbose_name_plural = _("wachtende e-mails")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Outbox #{self.pk}"

    @property
    def recipients(self) -> list[str]:
        """Every address in To."""
        return [self.to, *self.also_to]
