"""The client address behind trusted proxies (home.clients), as rate limits count it."""

from django.test import RequestFactory

import pytest

from home.clients import client_address


def request_from(remote: str = "203.0.113.9", forwarded: str | None = None):
    """A request arriving from ``remote`` with an optional X-Forwarded-For header."""
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_the_connection_is_the_client_and_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("203.0.113.9")) == "203.0.113.9"
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_one_proxy_the_right_most_entry_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = request_from("10.0.0.2", "198.51.100.7")
    assert client_address(request) == "198.51.100.7"


@pytest.mark.parametrize("spoofed", ["1.2.3.4", "1.2.3.4, 5.6.7.8", "garbage, 9.9.9.9", ""])
def test_spoofed_left_entries_do_not_change_the_address(settings, spoofed):
    """A client writing its own X-Forwarded-For cannot pick the address it is counted under."""
    settings.TRUSTED_PROXY_COUNT = 2
    real = "198.51.100.7, 10.0.0.1"  # appended by the outer proxy, then the inner one
    header = f"{spoofed}, {real}" if spoofed else real
    assert client_address(request_from("10.0.0.2", header)) == "198.51.100.7"


def test_two_proxies_count_from_the_right(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    request = request_from("10.0.0.2", "192.0.2.50, 198.51.100.7, 10.0.0.1")
    assert client_address(request) == "198.51.100.7"


def test_too_few_entries_fall_back_to_the_connection(settings):
    """A request that did not pass every configured proxy is counted under its own address."""
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request_from("203.0.113.9", "198.51.100.7")) == "203.0.113.9"
    assert client_address(request_from("203.0.113.9")) == "203.0.113.9"


def test_an_entry_that_is_no_address_falls_back_to_the_connection(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from("10.0.0.2", "1.2.3.4, not-an-ip")) == "10.0.0.2"


def test_ipv6_addresses_are_written_one_way(settings):
    """The same IPv6 client spelled two ways is one client."""
    settings.TRUSTED_PROXY_COUNT = 1
    long_form = client_address(request_from("10.0.0.2", "2001:DB8:0:0::1"))
    assert long_form == client_address(request_from("10.0.0.2", "2001:db8::1")) == "2001:db8::1"


def test_a_missing_connection_address_is_unknown(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("")) == "unknown"


def test_without_the_setting_no_proxy_is_trusted(settings):
    del settings.TRUSTED_PROXY_COUNT
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"
