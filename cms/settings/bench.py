"""Production settings for load benchmarks only (benchmarks/load.py): never deploy these.

One load generator is one client address, so the marketplace's per-address limit of ten posts an
hour would turn a load test into 429 answers; here it is raised. Everything else is production.
"""

from .production import *  # noqa: F403

AANBOD_RATE_LIMITS = {"ip": (1_000_000, 3600), "email": (1_000_000, 24 * 3600)}
