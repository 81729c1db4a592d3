"""A small circuit breaker: after a failure, skip a slow or absent service for a while.

Shared by every thread of a process (one breaker per service). After ``threshold`` failures in a
row the circuit opens for ``cooldown`` seconds: callers skip the service at once. Then one call
is let through (half open); its success closes the circuit, its failure opens it again.
"""

import logging
import threading
import time

logger = logging.getLogger(__name__)


class CircuitBreaker:
    """Open after ``threshold`` failures in a row; let one try through after ``cooldown`` s."""

    def __init__(self, name: str, cooldown: float = 5.0, threshold: int = 1):
        self.name = name
        self.cooldown = cooldown
        self.threshold = threshold
        self.failures = 0
        self.opened_at: float | None = None
        self._lock = threading.Lock()
        self._last_log = 0.0

    @property
    def state(self) -> str:
        """``closed`` (service used), ``open`` (skipped) or ``half-open`` (one try allowed)."""
        if self.opened_at is None:
            return "closed"
        return "open" if time.monotonic() - self.opened_at < self.cooldown else "half-open"

    def allow(self) -> bool:
        """Whether to call the service now (closed, or the one try of a half-open circuit)."""
        with self._lock:
            if self.opened_at is None:
                return True
            if time.monotonic() - self.opened_at < self.cooldown:
                return False
            self.opened_at = time.monotonic()  # this caller tries; the others keep skipping
            return True

    def success(self) -> None:
        """The service answered: close the circuit."""
        if self.opened_at is not None or self.failures:
            with self._lock:
                if self.opened_at is not None:
                    logger.warning("%s is back; circuit closed", self.name)
                self.failures = 0
                self.opened_at = None

    def failure(self, error: BaseException | None = None) -> None:
        """The service failed or timed out: count it, open the circuit at the threshold."""
        with self._lock:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = time.monotonic()
            now = time.monotonic()
            if now - self._last_log >= self.cooldown:  # one log line per cooldown, not per call
                self._last_log = now
                logger.warning(
                    "%s unavailable (%s); skipped for %.1f s",
                    self.name,
                    f"{type(error).__name__}: {error}" if error else "failure",
                    self.cooldown,
                )

    def reset(self) -> None:
        """Forget every failure (tests, or a health check that saw the service answer)."""
        with self._lock:
            self.failures = 0
            self.opened_at = None
