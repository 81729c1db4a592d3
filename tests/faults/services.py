"""Real services the fault harness starts, stops, freezes and thaws (no mocks).

A Redis server, a second PostgreSQL cluster on its own port, an SMTP server (aiosmtpd), a TCP
listener that accepts connections and never answers (a hanging search service) and gunicorn
serving the portal with production settings (``cms.settings.faults``). Shared by
``tests/faults`` and ``benchmarks/soak.py``.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.smtp import SMTPServer, free_port

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))


def wait_for_port(port: int, up: bool = True, timeout: float = 30) -> None:
    """Wait until something listens on ``port`` (or nothing does, with ``up=False``)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.1)
    raise TimeoutError(f"port {port} not {'up' if up else 'down'} after {timeout} s")


class RedisServer:
    """redis-server on its own port, without persistence."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
            self.process.wait(10)
        self.process = None

    def freeze(self) -> None:
        """SIGSTOP: connections are accepted by the kernel, nothing is answered."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self.process.send_signal(signal.SIGCONT)


def _as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


class PostgresCluster:
    """A second PostgreSQL cluster (initdb into a temporary directory) on its own port."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="wp-faults-pg-"))
        self.data = self.dir / "data"
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        subprocess.run(
            _as_postgres(
                str(PG_BIN / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale",
                "C.UTF-8",
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/wijkportaal"

    def start(self) -> "PostgresCluster":
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_postgres(
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.dir / "log"),
                "-w",
                "start",
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return self

    def stop(self) -> None:
        subprocess.run(
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def createdb(self, name: str = "wijkportaal") -> None:
        subprocess.run(
            ["createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name],
            check=True,
        )

    def restore(self, pg_dump_args: list[str], name: str = "wijkportaal") -> None:
        """Create ``name`` and fill it from ``pg_dump -Fc <pg_dump_args>`` (piped to pg_restore)."""
        self.createdb(name)
        dump = subprocess.Popen(["pg_dump", "-Fc", *pg_dump_args], stdout=subprocess.PIPE)
        subprocess.run(
            [
                *["pg_restore", "--no-owner", "-h", "127.0.0.1", "-p", str(self.port)],
                *["-U", "postgres", "-d", name],
            ],
            stdin=dump.stdout,
            check=True,
        )
        dump.wait()

    def sql(self, query: str) -> str:
        """Run one query with psql and return its bare output."""
        done = subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                "wijkportaal",
                "-tA",
                "-c",
                query,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class HangingListener:
    """A TCP server that accepts every connection and never answers (a hung search service)."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.sock: socket.socket | None = None
        self.held: list[socket.socket] = []

    def start(self) -> "HangingListener":
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", self.port))
        self.sock.listen(128)
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self) -> None:
        sock = self.sock
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def stop(self) -> None:
        if self.sock:
            self.sock.close()
            self.sock = None
        for conn in self.held:
            conn.close()
        self.held.clear()


class Gunicorn:
    """gunicorn serving the portal (two workers) with the harness's environment."""

    def __init__(self, env: dict[str, str], workers: int = 2, port: int | None = None):
        self.port = port or free_port()
        self.env = env
        self.workers = workers
        self.process: subprocess.Popen | None = None
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (kept open for gunicorn)
            prefix="wp-faults-gunicorn-", suffix=".log", delete=False
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Gunicorn":
        self.process = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "cms.wsgi",
                "-w",
                str(self.workers),
                "-b",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, timeout=60)
        return self

    def worker_pids(self) -> set[int]:
        """The worker processes' ids (recovery without restart keeps them)."""
        done = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True, check=False
        )
        return {int(pid) for pid in done.stdout.split()}

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(20)
        self.process = None

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")


def manage(env: dict[str, str], *args: str) -> str:
    """Run ``manage.py`` with the harness's environment; its output."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def harness_env(database_url: str, redis_url: str, smtp_port: int, search_url: str = "") -> dict:
    """The environment of the harness's processes: production settings against its services."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.faults",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_TIMEOUT="2",
        LOG_FORMAT="json",
        LOG_LEVEL="WARNING",
    )
    env.pop("ELASTICSEARCH_URL", None)
    if search_url:
        env["ELASTICSEARCH_URL"] = search_url
    return env


__all__ = [
    "Gunicorn",
    "HangingListener",
    "PostgresCluster",
    "RedisServer",
    "SMTPServer",
    "harness_env",
    "manage",
    "wait_for_port",
]
