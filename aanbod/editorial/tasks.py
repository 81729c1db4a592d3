"""Background work for editors (django-tasks): invitations, freshness digests, ended activities."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from django_tasks import task

from aanbod.editorial import freshness
from home.links import admin_url
from outbox.mail import queue_mail


def set_password_url(user) -> str:
    """The admin's own set-password link for this user (a one-time token)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return admin_url(path)


@task()
def send_invitation(user_id: int, group_id: int) -> bool:
    """Queue the mail that gives a newly invited editor a link to choose a password."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    group = Group.objects.filter(pk=group_id).first()
    if user is None or not user.email:
        return False
    context = {"group": group.name if group else "", "url": set_password_url(user)}
    queue_mail(user.email, "invitation", context)
    return True


@task()
def send_freshness_reminders(months: int | None = None) -> int:
    """One "verouderde inhoud" digest per organisation's editors; returns the mails sent."""
    return freshness.send_stale_digests(months)


@task()
def unpublish_ended_activities() -> list[str]:
    """Unpublish activities whose series has ended; returns their titles."""
    return freshness.unpublish_ended_activities()
