"""Fetching a calendar feed safely: http(s) only, public addresses only, limited in size and time.

Private, loopback and reserved addresses are refused (also after a redirect) unless
``ALLOW_PRIVATE_ADDRESSES``; connect/read/total timeouts; a maximum size read in chunks;
conditional GET (ETag, Last-Modified). Settings: ``AANBOD_ICAL_IMPORT`` (``aanbod.conf``).
"""

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.utils.translation import gettext as _

import requests

from aanbod import conf

logger = logging.getLogger(__name__)

CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
# Servers that send a calendar under a generic type: accepted only when the body is one.
TOLERATED_TYPES = {"text/plain", "application/octet-stream", "application/x-download", ""}
MAX_REDIRECTS = 3
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


def check_url_allowed(url: str) -> None:
    """Refuse non-http(s) URLs and hosts resolving to private, loopback or reserved addresses."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FeedError(_("Het adres moet met http:// of https:// beginnen."))
    if conf.ical_import()["ALLOW_PRIVATE_ADDRESSES"]:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FeedError(
            _("De server '%(host)s' bestaat niet (onbekende naam).") % {"host": parts.hostname}
        ) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise FeedError(
                _("Het adres '%(host)s' wijst naar een intern netwerk; dat halen we niet op.")
                % {"host": parts.hostname}
            )


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
        for chunk in response.iter_content(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise too_big
            if time.monotonic() > deadline:
                raise FeedError(_("Het ophalen duurde te lang."))
            chunks.append(chunk)
    except requests.RequestException:
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


def _get(session, url: str, headers: dict, limits: dict):
    try:
        return session.get(
            url,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(limits["CONNECT_TIMEOUT"], limits["READ_TIMEOUT"]),
        )
    except requests.Timeout:
        raise FeedError(
            _("De server antwoordde niet binnen %(seconds)s seconden.")
            % {"seconds": limits["READ_TIMEOUT"]}
        ) from None
    except requests.RequestException as error:
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
    with requests.Session() as session:
        for _hop in range(MAX_REDIRECTS + 1):
            check_url_allowed(url)
            with _get(session, url, headers, limits) as response:
                if response.is_redirect and "Location" in response.headers:
                    url = urljoin(url, response.headers["Location"])
                    continue
                if response.status_code == 304:
                    return Fetched(None, etag, last_modified)
                if response.status_code != 200:
                    raise FeedError(
                        _("De server antwoordde met foutcode %(status)d.")
                        % {"status": response.status_code}
                    )
                body = _read_limited(response, limits)
                _check_content_type(response.headers.get("Content-Type", ""), body)
                return Fetched(
                    body,
                    response.headers.get("ETag", "")[:255],
                    response.headers.get("Last-Modified", "")[:64],
                )
    raise FeedError(_("Te veel doorverwijzingen."))
