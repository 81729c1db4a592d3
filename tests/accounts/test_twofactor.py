"""The admin's second factor (TOTP): optional for editors, required for regional administrators
when WIJKPORTAAL_REQUIRE_2FA_FOR_REGION_ADMINS is on."""

import datetime

from django.utils import timezone

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.roles import PASSWORD, organisation_editor, region_admin

pytestmark = pytest.mark.django_db
ENROL, VERIFY = "/admin/tweestapsverificatie/", "/admin/tweestapsverificatie/code/"


def code(device: TOTPDevice) -> str:
    """What the authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def wrong(device: TOTPDevice) -> str:
    return f"{(int(code(device)) + 1) % 1_000_000:06d}"


def sign_in(client, user) -> None:
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


@pytest.fixture
def required(settings):
    settings.WIJKPORTAAL_REQUIRE_2FA_FOR_REGION_ADMINS = True


@pytest.fixture
def regio(tree):
    return region_admin(tree.home, "regio")


def test_a_region_admin_without_a_device_is_sent_to_enrolment(client, regio, required):
    sign_in(client, regio)
    for path in ["/admin/", "/admin/pages/", "/admin/uitrol/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url.startswith(ENROL + "?next="), path
    page = client.get(ENROL).content.decode()
    assert "verplicht" in page and "<svg" in page and "data-secret" in page
    device = TOTPDevice.objects.get(user=regio, confirmed=False)
    # A wrong code does not turn it on.
    response = client.post(ENROL, {"code": wrong(device), "next": "/admin/uitrol/"})
    assert "Deze code klopt niet" in response.content.decode()
    assert client.get("/admin/").status_code == 302
    # The right one does (after django-otp's pause after a failure), and the admin opens.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        response = client.post(ENROL, {"code": code(device), "next": "/admin/uitrol/"})
    assert response.status_code == 302 and response.url == "/admin/uitrol/"
    assert client.get("/admin/").status_code == 200


def test_a_region_admin_with_a_device_needs_the_right_code_after_signing_in(
    client, regio, required
):
    device = TOTPDevice.objects.create(user=regio, name="telefoon", confirmed=True)
    sign_in(client, regio)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    refused = client.post(VERIFY, {"code": wrong(device), "next": "/admin/pages/"})
    assert refused.status_code == 400 and "Deze code klopt niet" in refused.content.decode()
    assert client.get("/admin/").status_code == 302
    # The enrolment page is no way around the check.
    assert client.get(ENROL).url.startswith(VERIFY)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        response = client.post(VERIFY, {"code": code(device), "next": "/admin/pages/"})
    assert response.status_code == 302 and response.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_an_editor_without_a_second_factor_still_works_when_it_is_optional(client, tree, required):
    editor = organisation_editor(tree.organisation, "redacteur")
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200
    assert "Tweestapsverificatie" in client.get("/admin/account/").content.decode()


def test_without_the_setting_a_region_admin_may_go_without(client, regio):
    sign_in(client, regio)
    assert client.get("/admin/").status_code == 200


def test_an_editor_who_sets_it_up_is_asked_for_a_code_next_time(client, tree):
    editor = organisation_editor(tree.organisation, "redacteur")
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_in(client, editor)
        client.get(ENROL)
        device = TOTPDevice.objects.get(user=editor)
        assert client.post(ENROL, {"code": code(device)}).status_code == 302
        assert TOTPDevice.objects.get(user=editor).confirmed
        client.post("/admin/logout/")
    with time_machine.travel(start + datetime.timedelta(seconds=60), tick=False):
        sign_in(client, editor)
        assert client.get("/admin/").url.startswith(VERIFY)
        client.post(VERIFY, {"code": code(device)})
        assert client.get("/admin/").status_code == 200
        # Optional: the editor may turn it off again.
        client.post("/admin/tweestapsverificatie/uit/")
        assert not TOTPDevice.objects.filter(user=editor).exists()


def test_a_code_cannot_be_used_twice(client, regio):
    device = TOTPDevice.objects.create(user=regio, name="telefoon", confirmed=True)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_in(client, regio)
        used = code(device)
        assert client.post(VERIFY, {"code": used}).status_code == 302
        client.post("/admin/logout/")
        sign_in(client, regio)
        assert client.post(VERIFY, {"code": used}).status_code == 400


def test_a_required_second_factor_cannot_be_turned_off(client, regio, required):
    device = TOTPDevice.objects.create(user=regio, name="telefoon", confirmed=True)
    sign_in(client, regio)
    client.post(VERIFY, {"code": code(device)})
    client.post("/admin/tweestapsverificatie/uit/")
    assert TOTPDevice.objects.filter(user=regio).exists()
