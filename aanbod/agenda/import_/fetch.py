"""Fetching a calendar feed safely: http(s) only, public addresses only, limited in size and time.

The host name is resolved once; every address it resolves to must be public (no private,
loopback, link-local, multicast or reserved address) unless ``ALLOW_PRIVATE_ADDRESSES``; the
connection then goes to exactly that checked address (pinned), with the original ``Host``
header and, for https, the original name for SNI and the certificate check. So a name that
answers differently the second time (DNS rebinding) cannot steer the fetch inside. Every
redirect is resolved, checked and pinned the same way. Connect/read/total timeouts; a maximum
size read in chunks; conditional GET (ETag, Last-Modified). Settings: ``AANBOD_ICAL_IMPORT``
(``aanbod.conf``).
"""

import ipaddress
import logging
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.utils.translation import gettext as _

import requests.certs
import urllib3
from urllib3.exceptions import HTTPError, TimeoutError

from aanbod import conf

logger = logging.getLogger(__name__)

CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
# Servers that send a calendar under a generic type: accepted only when the body is one.
TOLERATED_TYPES = {"text/plain", "application/octet-stream", "application/x-download", ""}
MAX_REDIRECTS = 3
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
USER_AGENT = "Wijkportaal-agenda-import/1.0"


class FeedError(Exception):
    """The feed could not be imported; the message is for the organisation's editors."""


@dataclass
class Fetched:
    """A fetched feed: its body (None when not modified since the last time) and validators."""

    body: bytes | None
    etag: str = ""
    last_modified: str = ""


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the one DNS lookup of a fetch)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0].split("%")[0] for info in infos))


def is_public(address: str) -> bool:
    """A globally routable unicast address (IPv4-mapped IPv6 judged by its IPv4 address)."""
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    special = ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
    return ip.is_global and not special and not ip.is_unspecified


def _port(parts) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def checked_address(url: str) -> str:
    """Resolve the URL's host once and check every answer; the address to connect to."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FeedError(_("Het adres moet met http:// of https:// beginnen."))
    try:
        addresses = resolve(parts.hostname, _port(parts))
    except (socket.gaierror, UnicodeError, ValueError):
        addresses = []
    if not addresses:
        raise FeedError(
            _("De server '%(host)s' bestaat niet (onbekende naam).") % {"host": parts.hostname}
        )
    if not conf.ical_import()["ALLOW_PRIVATE_ADDRESSES"]:
        for address in addresses:
            if not is_public(address):
                raise FeedError(
                    _("Het adres '%(host)s' wijst naar een intern netwerk; dat halen we niet op.")
                    % {"host": parts.hostname}
                )
    return addresses[0]


def check_url_allowed(url: str) -> None:
    """Refuse non-http(s) URLs and hosts resolving to private, loopback or reserved addresses."""
    checked_address(url)


def _read_limited(response, limits: dict) -> bytes:
    """The body in chunks, refused once it passes MAX_BYTES or the total timeout."""
    max_bytes = limits["MAX_BYTES"]
    too_big = FeedError(
        _("De agenda is groter dan %(size)d kB; dat nemen we niet aan.")
        % {"size": max_bytes // 1024}
    )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big
    deadline = time.monotonic() + limits["TOTAL_TIMEOUT"]
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise too_big
            if time.monotonic() > deadline:
                raise FeedError(_("Het ophalen duurde te lang."))
            chunks.append(chunk)
    except HTTPError:
        raise FeedError(_("De verbinding viel weg of de server antwoordde niet op tijd.")) from None
    return b"".join(chunks)


def _looks_like_calendar(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def _check_content_type(content_type: str, body: bytes) -> None:
    """A calendar type, or a generic one with a calendar in it; anything else is refused."""
    mime = content_type.split(";")[0].strip().lower()
    if mime in CALENDAR_TYPES or (mime in TOLERATED_TYPES and _looks_like_calendar(body)):
        return
    raise FeedError(
        _(
            "De server stuurt geen agenda maar '%(type)s'. Controleer het adres: het moet naar "
            "een iCal-feed (.ics) wijzen, niet naar een webpagina."
        )
        % {"type": mime or "?"}
    )


def _pool(parts, address: str, limits: dict) -> urllib3.HTTPConnectionPool:
    """A connection pool to the checked ``address`` that speaks as the URL's host name."""
    timeout = urllib3.Timeout(connect=limits["CONNECT_TIMEOUT"], read=limits["READ_TIMEOUT"])
    if parts.scheme == "https":
        context = ssl.create_default_context(cafile=requests.certs.where())
        return urllib3.HTTPSConnectionPool(
            address,
            _port(parts),
            timeout=timeout,
            retries=False,
            ssl_context=context,
            server_hostname=parts.hostname,
            assert_hostname=parts.hostname,
        )
    return urllib3.HTTPConnectionPool(address, _port(parts), timeout=timeout, retries=False)


def _host_header(parts) -> str:
    """The URL's own host for the Host header (IDNA for non-ASCII names, brackets for IPv6)."""
    host = parts.hostname
    if not host.isascii():
        host = host.encode("idna").decode()
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


def _get(url: str, headers: dict, limits: dict):
    """GET ``url`` from the address its host resolved to and passed the check (pinned)."""
    parts = urlsplit(url)
    address = checked_address(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        return _pool(parts, address, limits).urlopen(
            "GET",
            target,
            headers={**headers, "Host": _host_header(parts)},
            redirect=False,
            retries=False,
            preload_content=False,
        )
    except TimeoutError:
        raise FeedError(
            _("De server antwoordde niet binnen %(seconds)s seconden.")
            % {"seconds": limits["READ_TIMEOUT"]}
        ) from None
    except HTTPError as error:
        raise FeedError(
            _("De agenda kon niet worden opgehaald (%(error)s).") % {"error": type(error).__name__}
        ) from None


def fetch(url: str, etag: str = "", last_modified: str = "") -> Fetched:
    """GET the feed within the limits (conditional when validators are known); FeedError if not."""
    limits = conf.ical_import()
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, text/plain;q=0.5, */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for _hop in range(MAX_REDIRECTS + 1):
        response = _get(url, headers, limits)
        try:
            if response.status in REDIRECTS and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status == 304:
                return Fetched(None, etag, last_modified)
            if response.status != 200:
                raise FeedError(
                    _("De server antwoordde met foutcode %(status)d.") % {"status": response.status}
                )
            body = _read_limited(response, limits)
            _check_content_type(response.headers.get("Content-Type", ""), body)
            return Fetched(
                body,
                response.headers.get("ETag", "")[:255],
                response.headers.get("Last-Modified", "")[:64],
            )
        finally:
            response.close()
    raise FeedError(_("Te veel doorverwijzingen."))
