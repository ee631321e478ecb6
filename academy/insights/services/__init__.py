"""Every write of the insights app: counting visits (`visits`) and the daily rollup
(`rollup`)."""

from .rollup import RollupResult, rollup_insights
from .visits import flush_visits, record_view

__all__ = ["RollupResult", "flush_visits", "record_view", "rollup_insights"]
