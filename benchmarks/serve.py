"""Start the servers the benchmarks measure: gunicorn with production settings, Varnish, nginx.

Each is a context manager that starts the process, waits until it answers, and stops it (by its
own process id) on leaving. Used by ``targets_bench.py`` and ``load.py``.
"""

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "bench"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"


def production_env(**extra: str) -> dict[str, str]:
    """The environment of a production process here: PostgreSQL from DATABASE_URL, Redis, no TLS."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE=env.get("BENCH_SETTINGS", "cms.settings.bench"),
        SECRET_KEY=env.get("BENCH_SECRET_KEY", secrets.token_urlsafe(50)),
        ALLOWED_HOSTS="*",
        # Behind the TLS proxy in production; here the benchmark talks plain HTTP to gunicorn.
        SECURE_SSL_REDIRECT="false",
        REDIS_URL=env.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),
        STATIC_ROOT=str(ARTIFACTS / "static"),
        DB_CONN_MAX_AGE=env.get("DB_CONN_MAX_AGE", "60"),
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def collectstatic(env: dict[str, str]) -> None:
    """Collect the static files once (the manifest storage needs them to render any page)."""
    if (ARTIFACTS / "static" / "staticfiles.json").exists():
        return
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(PYTHON), "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def wait_for(url: str, seconds: float = 60, host: str | None = None) -> None:
    """Poll ``url`` until it answers (any HTTP status), or raise after ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        request = urllib.request.Request(url, headers={"Host": host} if host else {})
        try:
            urllib.request.urlopen(request, timeout=5).read()
            return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {seconds} s") from None
            time.sleep(0.3)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def gunicorn(port: int, workers: int = 2, threads: int = 1, **extra_env: str) -> Iterator[str]:
    """gunicorn serving cms.wsgi with production settings on 127.0.0.1:port; yields its URL."""
    env = production_env(**extra_env)
    collectstatic(env)
    command = [
        str(GUNICORN),
        "cms.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread" if threads > 1 else "--worker-class=sync",
        "--timeout=600",
        "--keep-alive=5",
        "--log-level=warning",
    ]
    log = open(ARTIFACTS / f"gunicorn-{port}.log", "w")  # noqa: SIM115
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        wait_for(f"http://127.0.0.1:{port}/robots.txt")
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)
        log.close()


@contextlib.contextmanager
def varnish(port: int, backend_port: int, vcl: Path) -> Iterator[str]:
    """varnishd with the project's VCL, its backend pointed at 127.0.0.1:backend_port."""
    binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
    workdir = Path(tempfile.mkdtemp(prefix="bench-varnish-"))
    workdir.chmod(0o755)  # varnishd reads the VCL after dropping its privileges
    text = vcl.read_text()
    text = _point_backend(text, backend_port)
    (workdir / "bench.vcl").write_text(text)
    command = [
        binary,
        "-F",
        "-j",
        "none",
        "-a",
        f"127.0.0.1:{port}",
        "-f",
        str(workdir / "bench.vcl"),
        "-n",
        str(workdir / "state"),
        "-s",
        "malloc,256m",
    ]
    log = open(ARTIFACTS / f"varnish-{port}.log", "w")  # noqa: SIM115
    process = subprocess.Popen(command, stdout=log, stderr=log)
    try:
        wait_for(f"http://127.0.0.1:{port}/robots.txt")
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _point_backend(vcl_text: str, port: int) -> str:
    """The VCL with its default backend's host and port set to 127.0.0.1:port."""
    import re

    def repl(match: re.Match) -> str:
        body = re.sub(r'\.host\s*=\s*"[^"]*";', '.host = "127.0.0.1";', match.group(0))
        return re.sub(r'\.port\s*=\s*"[^"]*";', f'.port = "{port}";', body)

    return re.sub(r"backend\s+default\s*\{.*?\n\}", repl, vcl_text, count=1, flags=re.S)


def ensure_nginx() -> str:
    """The nginx binary; installs Debian's nginx-light when it is missing."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        subprocess.run(["apt-get", "install", "-y", "nginx-light"], check=True)
    return binary


@contextlib.contextmanager
def nginx_static(port: int, html: bytes, path: str) -> Iterator[str]:
    """Debian's nginx serving ``html`` at ``path`` as a static file (the ceiling)."""
    binary = ensure_nginx()
    workdir = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    workdir.chmod(0o755)  # nginx workers run as www-data
    target = workdir / "www" / path.strip("/") / "index.html"
    target.parent.mkdir(parents=True)
    target.write_bytes(html)
    config = f"""
worker_processes auto;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    keepalive_timeout 65;
    server {{
        listen 127.0.0.1:{port};
        root {workdir}/www;
        default_type text/html;
        location / {{ index index.html; }}
    }}
}}
"""
    (workdir / "nginx.conf").write_text(config)
    process = subprocess.Popen(
        [binary, "-c", str(workdir / "nginx.conf"), "-p", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}{path}")
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit("serve.py is a helper module of the benchmarks; run targets_bench.py or load.py")
