"""A real SMTP server (aiosmtpd) on a free local port, for tests where mail matters."""

import email
import socket
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Inbox:
    """Messages the local SMTP server received."""

    messages: list = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"

    def bodies(self) -> list[str]:
        """Every message body as text."""
        return [self._text(m) for m in self.messages]

    @staticmethod
    def _text(message) -> str:
        part = next((p for p in message.walk() if p.get_content_type() == "text/plain"), message)
        return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")


def free_port() -> int:
    """A port on 127.0.0.1 that the OS reports free."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    """Point Django at a real SMTP server on 127.0.0.1 (on a free port)."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        settings.EMAIL_USE_TLS = False
        yield inbox
    finally:
        controller.stop()
