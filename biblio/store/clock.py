"""The timestamps the store writes (``added``, ``modified``, merge and export times)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
