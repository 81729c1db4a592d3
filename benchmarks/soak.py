"""Soak: mixed residents' traffic against gunicorn while each service is stopped and started.

Starts its own stack (as the fault tests do: tests/faults/services.py): a second PostgreSQL
cluster filled from ``--source-db`` (a migrated database with the demo regions, copied with
pg_dump), Redis, an SMTP server and gunicorn (production settings, ``cms.settings.faults``).
Then ``--residents`` threads browse and post for about ``--seconds`` (default 120) while, phase
by phase, Redis is stopped, frozen (SIGSTOP), PostgreSQL stopped, SMTP stopped, and the search
service hangs (a TCP listener that never answers); every service comes back before the next.
Prints per phase: requests, 5xx answers (503s counted apart), posts answered as stored and
found in the database, the slowest answer and throughput.

    .venv/bin/python benchmarks/soak.py --source-db postgres://postgres@127.0.0.1:5432/test_wijkportaal
"""

import argparse
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


from tests.faults.services import (  # noqa: E402
    Gunicorn,
    HangingListener,
    PostgresCluster,
    RedisServer,
    SMTPServer,
    harness_env,
)
from tests.faults.traffic import Resident, Tally  # noqa: E402

# (name, share of the time, what to do at the start, what to do at the end)
PHASES = [
    ("baseline", 0.12),
    ("redis stopped", 0.12),
    ("redis back", 0.08),
    ("redis frozen", 0.12),
    ("redis thawed", 0.08),
    ("postgres stopped", 0.12),
    ("postgres back", 0.08),
    ("smtp stopped", 0.08),
    ("search hangs", 0.12),
    ("all back", 0.08),
]


def copy_database(source: str, pg: PostgresCluster) -> None:
    """pg_dump ``source`` into the soak's cluster."""
    pg.restore([source])


def run_phase(bases: list[str], residents: list[Resident], seconds: float) -> tuple[Tally, list]:
    """Every resident loops rounds of traffic against ``bases`` for ``seconds``."""
    tally, stored, lock = Tally(), [], threading.Lock()
    deadline = time.monotonic() + seconds

    def loop(resident: Resident) -> None:
        while time.monotonic() < deadline:
            mine = Tally()
            titles = resident.round(mine)
            with lock:
                for kind, codes in mine.statuses.items():
                    tally.statuses.setdefault(kind, []).extend(codes)
                tally.slowest = max(tally.slowest, mine.slowest)
                stored.extend(titles)

    for resident, base in zip(residents, bases * len(residents), strict=False):
        resident.base = base
    threads = [threading.Thread(target=loop, args=(r,)) for r in residents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-db", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--residents", type=int, default=4)
    args = parser.parse_args()
    pg, redis, smtp = PostgresCluster().start(), RedisServer().start(), SMTPServer().start()
    hanging = HangingListener()
    webs: list[Gunicorn] = []
    try:
        copy_database(args.source_db, pg)
        env = harness_env(pg.url, redis.url, smtp.port)
        web = Gunicorn(env).start()
        search_env = harness_env(pg.url, redis.url, smtp.port, f"http://127.0.0.1:{hanging.port}")
        search_web = Gunicorn(search_env, workers=1).start()
        webs = [web, search_web]
        residents = [Resident(web.base).prepare() for _ in range(args.residents)]
        actions = {
            "redis stopped": redis.stop,
            "redis back": redis.start,
            "redis frozen": redis.freeze,
            "redis thawed": redis.thaw,
            "postgres stopped": pg.stop,
            "postgres back": pg.start,
            "smtp stopped": smtp.stop,
            "search hangs": hanging.start,
            "all back": lambda: (smtp.start(), hanging.stop()),
        }
        print(
            f"{'phase':<18} {'requests':>8} {'5xx':>5} {'503':>5} {'posts ok':>8} "
            f"{'lost':>5} {'slowest s':>9} {'req/s':>6}"
        )
        for name, share in PHASES:
            actions.get(name, lambda: None)()
            seconds = args.seconds * share
            bases = [search_web.base] if name == "search hangs" else [web.base]
            started = time.monotonic()
            tally, stored = run_phase(bases, residents, seconds)
            elapsed = time.monotonic() - started
            if name == "postgres stopped":
                pg.start()  # to look the posts up; the next phase starts it "again" (no-op)
                actions["postgres back"] = lambda: None
            lost = sum(
                1
                for title in stored
                if pg.sql(f"SELECT count(*) FROM wagtailcore_page WHERE title = '{title}'") != "1"
            )
            errors = tally.errors()
            print(
                f"{name:<18} {tally.count():>8} {len(errors):>5} "
                f"{sum(1 for _, s in errors if s == 503):>5} {len(stored):>8} {lost:>5} "
                f"{tally.slowest:>9.2f} {tally.count() / elapsed:>6.1f}",
                flush=True,
            )
    finally:
        for web in webs:
            web.stop()
        hanging.stop()
        smtp.stop()
        redis.stop()
        pg.destroy()


if __name__ == "__main__":
    main()
