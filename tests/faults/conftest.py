"""The fault harness's stack: real Redis, a second PostgreSQL cluster, SMTP and gunicorn.

Started once per module (the tests share one group on one xdist worker). The portal's data is
the test database (migrated, demo regions loaded) copied into the second cluster with
pg_dump/pg_restore, which is much faster than migrating again.
"""

from dataclasses import dataclass

from django.db import connection

import pytest

from tests.faults.services import (
    Gunicorn,
    PostgresCluster,
    RedisServer,
    SMTPServer,
    harness_env,
    manage,
)
from tests.faults.traffic import Resident


@dataclass
class Stack:
    """The running services and the portal in front of them."""

    pg: PostgresCluster
    redis: RedisServer
    smtp: SMTPServer
    env: dict
    web: Gunicorn

    def resident(self) -> Resident:
        return Resident(self.web.base).prepare()

    def stored(self, title: str) -> bool:
        """Whether a post with this title is in the database."""
        return self.pg.sql(f"SELECT count(*) FROM wagtailcore_page WHERE title = '{title}'") == "1"

    def manage(self, *args: str) -> str:
        return manage(self.env, *args)


def copy_test_database(pg: PostgresCluster) -> None:
    """pg_dump the (migrated, demo-loaded) test database into the harness's cluster."""
    source = connection.settings_dict
    pg.restore(
        [
            *["-h", source["HOST"] or "127.0.0.1", "-p", str(source["PORT"] or 5432)],
            *["-U", source["USER"] or "postgres", source["NAME"]],
        ]
    )


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker):
    """Redis, PostgreSQL (second cluster), SMTP and gunicorn with production settings."""
    pg = PostgresCluster().start()
    redis = RedisServer().start()
    smtp = SMTPServer().start()
    web = None
    try:
        with django_db_blocker.unblock():
            copy_test_database(pg)
        env = harness_env(pg.url, redis.url, smtp.port)
        web = Gunicorn(env).start()
        yield Stack(pg=pg, redis=redis, smtp=smtp, env=env, web=web)
    finally:
        if web:
            web.stop()
        smtp.stop()
        redis.stop()
        pg.destroy()
