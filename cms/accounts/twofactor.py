"""A second factor for the admin (TOTP through django-otp): enrolment, the check, the gate.

Every admin user may set up an authenticator app (*Tweestapsverificatie* under their account).
Whoever has one must enter a code after signing in before any other admin page. With
``WIJKPORTAAL_REQUIRE_2FA_FOR_REGION_ADMINS`` on, regional administrators (and superusers)
without one are sent to the enrolment page first.
"""

import base64
import io
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.admin_screens import AdminScreenMixin
from wijken.onboarding import administered_regions

ENROL, VERIFY, DISABLE = "twofactor_enrol", "twofactor_verify", "twofactor_disable"
# Reachable before the second factor: signing in and out, the password reset.
OPEN_ADMIN_URLS = ("wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_password_reset")


def second_factor_required(user) -> bool:
    """Whether this user must use a second factor (a regional administrator, when set)."""
    if not getattr(settings, "WIJKPORTAAL_REQUIRE_2FA_FOR_REGION_ADMINS", False):
        return False
    return user.is_superuser or administered_regions(user).exists()


def _open_paths() -> tuple[str, ...]:
    return tuple(reverse(name) for name in OPEN_ADMIN_URLS)


class SecondFactorMiddleware:
    """Admin pages only after the second factor: the code check, or enrolment when required."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect_to = self.gate(request)
        return redirect(redirect_to) if redirect_to else self.get_response(request)

    def gate(self, request) -> str | None:
        """Where an unverified admin user must go first; None when the page may be shown."""
        user = getattr(request, "user", None)
        admin = reverse("wagtailadmin_home")
        if user is None or not user.is_authenticated or not request.path.startswith(admin):
            return None
        if user.is_verified() or request.path.startswith(_open_paths()):
            return None
        query = "?" + urlencode({"next": request.get_full_path()})
        if user_has_device(user, confirmed=True):
            return None if request.path == reverse(VERIFY) else reverse(VERIFY) + query
        if request.path == reverse(ENROL) or not second_factor_required(user):
            return None
        return reverse(ENROL) + query


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


class CodeForm(forms.Form):
    """The six digits the authenticator app shows."""

    code = forms.CharField(
        label=gettext_lazy("Code uit je app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())


def qr_svg(url: str) -> str:
    """The provisioning URL as an inline SVG QR code."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode()


class EnrolView(AdminScreenMixin, FormView):
    """Tweestapsverificatie instellen: scan the QR code, confirm with a code."""

    template_name = "accounts/twofactor_enrol.html"
    form_class = CodeForm
    page_title = gettext_lazy("Tweestapsverificatie")
    breadcrumbs_parents = ((gettext_lazy("Account"), "wagtailadmin_account"),)
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user_has_device(user, confirmed=True) and not user.is_verified():
            return redirect(VERIFY)
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self) -> TOTPDevice:
        """The user's unconfirmed device (made once, so reloading keeps the same secret)."""
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name="Wijkportaal", confirmed=False
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["enrolled"] = user_has_device(user, confirmed=True)
        context["required"] = second_factor_required(user)
        context["next"] = _safe_next(self.request)
        if not context["enrolled"]:
            device = self.pending_device()
            context["qr"] = qr_svg(device.config_url)
            context["secret"] = _base32(device.bin_key)
        return context

    def form_valid(self, form):
        device = self.pending_device()
        if not device.verify_token(form.cleaned_data["code"]):
            form.add_error("code", _("Deze code klopt niet. Probeer de nieuwste code uit je app."))
            return self.form_invalid(form)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(self.request, device)
        messages.success(self.request, _("Tweestapsverificatie staat aan."))
        return redirect(_safe_next(self.request))


def _base32(key: bytes) -> str:
    """The secret as authenticator apps accept it typed in, in groups of four."""
    text = base64.b32encode(key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def verify(request):
    """Enter the code after signing in (users with a second factor)."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_safe_next(request))
        form.add_error("code", _("Deze code klopt niet. Probeer de nieuwste code uit je app."))
    return TemplateResponse(
        request,
        "accounts/twofactor_verify.html",
        {"form": form, "next": _safe_next(request)},
        status=400 if form.errors else 200,
    )


def disable(request):
    """Turn the second factor off (POST; not for whom it is required)."""
    if request.method == "POST" and not second_factor_required(request.user):
        TOTPDevice.objects.filter(user=request.user).delete()
        messages.success(request, _("Tweestapsverificatie staat uit."))
    return redirect(ENROL)
