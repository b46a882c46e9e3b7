"""Rate limiting of failed authentication: per client address, a sliding window, in process.

After ``max_failures`` failed authentications (an unknown, malformed or revoked API key, on the
API or the moderator sign-in) within ``window_s`` seconds, an address is answered 429 with
``Retry-After`` (seconds until its oldest failure leaves the window) on every authenticated call,
whatever key it sends, so guessing stops being useful. Each server process counts on its own;
behind a proxy, the proxy's address is the client (run uvicorn with ``--proxy-headers`` and a
trusted ``--forwarded-allow-ips`` to count real clients).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque

# Addresses remembered at most; beyond it, the ones whose failures all left the window are dropped.
MAX_ADDRESSES = 100_000


class FailureLimiter:
    def __init__(self, max_failures: int, window_s: float, clock: object = None):
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock or time.monotonic
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]

    def _trim(self, times: deque[float], now: float) -> None:
        while times and times[0] <= now - self.window_s:
            times.popleft()

    def retry_after(self, address: str) -> int | None:
        """Seconds the address must wait (at least 1), or None when it may try."""
        if self.max_failures <= 0:
            return None
        now = self._now()
        with self._lock:
            times = self._failures.get(address)
            if not times:
                return None
            self._trim(times, now)
            if len(times) < self.max_failures:
                return None
            return max(1, math.ceil(times[0] + self.window_s - now))

    def failed(self, address: str) -> None:
        """Count one failed authentication from ``address``."""
        if self.max_failures <= 0:
            return
        now = self._now()
        with self._lock:
            if len(self._failures) >= MAX_ADDRESSES and address not in self._failures:
                for addr in [a for a, t in self._failures.items() if not t or t[-1] <= now - self.window_s]:
                    del self._failures[addr]
            times = self._failures.setdefault(address, deque())
            self._trim(times, now)
            times.append(now)
            while len(times) > self.max_failures:  # only the last max_failures matter
                times.popleft()
