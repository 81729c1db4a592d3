"""Every mail through the outbox: Django's own, retries with pauses, invitations sent again."""
