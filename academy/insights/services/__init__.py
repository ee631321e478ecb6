"""Every write of the insights app: counting visits (`visits`)."""

from .visits import flush_visits, record_view

__all__ = ["flush_visits", "record_view"]
