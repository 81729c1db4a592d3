"""Load test: 100 simulated residents for 2 minutes against gunicorn, Varnish, and nginx.

Starts gunicorn with production settings (PostgreSQL from ``DATABASE_URL``, Redis;
``serve.gunicorn``), runs ``benchmarks/locustfile.py`` (the resident mix: home, gemeente, wijk,
agenda, activity, search, postcode lookup, API, a marketplace post) straight against gunicorn
and, when ``deploy/varnish.vcl`` exists, through Varnish with that VCL; then compares the cached
wijk page with Debian's nginx serving a saved copy of the same page as a static file (locust
and, when installed, ``wrk``). Prints requests/s, p50/p95 and errors per run, the load average,
and our cached throughput as a fraction of nginx's.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_perf
    .venv/bin/python benchmarks/targets_bench.py prepare      # the data, once
    .venv/bin/python benchmarks/load.py [--users 100] [--time 2m] [--workers 4]

The marketplace's per-address rate limit is raised by ``cms.settings.bench`` (production plus
that one setting; for benchmarks only), since every simulated resident comes from 127.0.0.1.
"""

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import serve  # noqa: E402
from benchmarks.targets_bench import DEMO_HOST, setup  # noqa: E402

LOCUST = ROOT / ".venv" / "bin" / "locust"
VCL = ROOT / "deploy" / "varnish.vcl"


def resident_paths() -> dict:
    """The paths of the resident mix in the demo region (the busy wijk Stein-Centrum)."""
    from aanbod.models import ActivityPage, Category, MarketplacePage
    from wijken.models import WijkPage
    from wijken.rollout import visible_wijken

    wijk = WijkPage.objects.get(slug="stein-centrum")
    gemeente = wijk.get_parent().specific
    region = wijk.get_site().root_page
    marketplace = MarketplacePage.objects.live().descendant_of(region).order_by("path").first()
    market_gemeente = marketplace.get_parent()
    market_wijk = visible_wijken().child_of(market_gemeente).order_by("title").first()
    category = Category.objects.filter(locale__language_code="nl").order_by("pk").first()
    activities = ActivityPage.objects.filter(slug__startswith="bench-activiteit-").order_by("pk")
    return {
        "host": DEMO_HOST,
        "home": "/",
        "gemeente": _relative(gemeente),
        "wijk": _relative(wijk),
        "agenda": _relative(wijk) + "agenda/",
        "activities": [_relative(a) for a in activities[:10]],
        "search": "/zoeken/?q=koffie",
        "postcode": f"/vind-je-wijk/?postcode={(wijk.postcodes or '6171').split()[0][:4]}",
        "api": [
            f"/api/v1/activities?wijk={wijk.pk}&limit=50",
            f"/api/v1/services?wijk={wijk.pk}&limit=50",
            "/api/v1/organisations?limit=50",
            "/api/hsds/services?per_page=50",
            f"/feeds/wijk/{wijk.pk}.ics",
        ],
        "marketplace": _relative(marketplace),
        "category": str(category.pk),
        "wijk_id": str(market_wijk.pk),
    }


def _relative(page) -> str:
    from wagtail.models import Site

    return page.relative_url(Site.objects.get(hostname=DEMO_HOST))


def locust(base: str, paths: dict, user_class: str, users: int, duration: str, tag: str) -> dict:
    """Run locust headless against ``base``; the aggregated figures of the run."""
    prefix = serve.ARTIFACTS / f"locust-{tag}"
    env = dict(os.environ, WP_LOAD_PATHS=json.dumps(paths))
    command = [
        str(LOCUST),
        "-f",
        str(ROOT / "benchmarks" / "locustfile.py"),
        "--headless",
        "-u",
        str(users),
        "-r",
        str(max(1, users // 5)),
        "-t",
        duration,
        "-H",
        base,
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
        user_class,
    ]
    load_before = os.getloadavg()[0]
    with open(f"{prefix}.log", "w") as log:
        subprocess.run(command, env=env, cwd=ROOT, stdout=log, stderr=log, check=False)
    rows = list(csv.DictReader(open(f"{prefix}_stats.csv")))  # noqa: SIM115
    total = next(r for r in rows if r["Name"] == "Aggregated")
    return {
        "requests": int(total["Request Count"]),
        "errors": int(total["Failure Count"]),
        "rps": float(total["Requests/s"]),
        "p50": float(total["50%"]),
        "p95": float(total["95%"]),
        "load": f"{load_before:.1f}->{os.getloadavg()[0]:.1f}",
        "by_name": {
            r["Name"]: (int(r["Request Count"]), int(r["Failure Count"]), r["50%"], r["95%"])
            for r in rows
            if r["Name"] != "Aggregated"
        },
    }


def drain(base: str, host: str, seconds: float = 300) -> None:
    """Wait until the server has worked off the queue a previous run left (a quick answer)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            _fetch(base + "/robots.txt", host, timeout=10)
        except OSError:
            time.sleep(0.5)
            continue
        if time.monotonic() - started < 1:
            return


def wrk(url: str, host: str, connections: int, seconds: int) -> dict | None:
    """Requests/s and latency percentiles from wrk (None when wrk is not installed)."""
    binary = shutil.which("wrk")
    if binary is None:
        return None
    output = subprocess.run(
        [
            binary,
            "-t2",
            "--timeout",
            "30s",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Host: {host}",
            "-H",
            "Accept-Language: nl",
            url,
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50": latency.get("50", "?"),
        "p90": latency.get("90", "?"),
        "p99": latency.get("99", "?"),
        "errors": int(errors.group(1)) if errors else 0,
        "socket": socket.group(1) if socket else "",
    }


def _print_locust(label: str, figures: dict) -> None:
    print(
        f"{label:<44}{figures['requests']:>9}{figures['errors']:>7}{figures['rps']:>9.1f}"
        f"{figures['p50']:>8.0f}{figures['p95']:>8.0f}   load {figures['load']}",
        flush=True,
    )


def _print_wrk(label: str, figures: dict) -> None:
    print(
        f"{label:<44}{figures['rps']:>9.1f} req/s  p50 {figures['p50']}  p90 {figures['p90']}"
        f"  p99 {figures['p99']}  non-2xx/3xx {figures['errors']} {figures['socket']}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Start the servers, run the load, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--time", default="2m", help="locust run time per target (2m)")
    parser.add_argument("--wrk-seconds", type=int, default=30)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--port", type=int, default=8930)
    parser.add_argument("--no-varnish", action="store_true")
    parser.add_argument("--mix-only", action="store_true", help="only the resident mix runs")
    parser.add_argument("--write-paths", action="store_true", help="only write paths.json")
    args = parser.parse_args(argv)
    setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    paths = resident_paths()
    serve.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (serve.ARTIFACTS / "paths.json").write_text(json.dumps(paths, indent=2))
    if args.write_paths:
        return 0
    use_varnish = VCL.exists() and not args.no_varnish and shutil.which("varnishd")
    print(
        f"load: {args.users} users x {args.time} per target, gunicorn {args.workers} workers "
        f"(production settings, PostgreSQL, Redis); Varnish: {'yes' if use_varnish else 'no'}"
    )
    print(f"{'run':<44}{'requests':>9}{'errors':>7}{'req/s':>9}{'p50 ms':>8}{'p95 ms':>8}")
    results = {}
    gunicorn_port, varnish_port, nginx_port = args.port, args.port + 1, args.port + 2
    purge = {"VARNISH_PURGE_URL": f"http://127.0.0.1:{varnish_port}"} if use_varnish else {}
    with serve.gunicorn(gunicorn_port, workers=args.workers, **purge) as app:
        html = _fetch(app + paths["wijk"], DEMO_HOST)
        results["gunicorn mix"] = locust(
            app, paths, "Resident", args.users, args.time, "gunicorn-mix"
        )
        _print_locust("resident mix, straight to gunicorn", results["gunicorn mix"])
        drain(app, DEMO_HOST)
        if use_varnish:
            with serve.varnish(varnish_port, gunicorn_port, VCL) as cache:
                results["varnish mix"] = locust(
                    cache, paths, "Resident", args.users, args.time, "varnish-mix"
                )
                _print_locust("resident mix, through Varnish", results["varnish mix"])
                if args.mix_only:
                    return _done(results, args.users)
                drain(app, DEMO_HOST)
                results["varnish page"] = locust(
                    cache, paths, "WijkPageOnly", args.users, args.time, "varnish-page"
                )
                _print_locust("wijk page only, through Varnish", results["varnish page"])
                drain(app, DEMO_HOST)
                results["wrk varnish"] = wrk(
                    cache + paths["wijk"], DEMO_HOST, args.users, args.wrk_seconds
                )
        drain(app, DEMO_HOST)
        results["gunicorn page"] = locust(
            app, paths, "WijkPageOnly", args.users, args.time, "gunicorn-page"
        )
        _print_locust("wijk page only, straight to gunicorn", results["gunicorn page"])
        drain(app, DEMO_HOST)
        results["wrk gunicorn"] = wrk(app + paths["wijk"], DEMO_HOST, args.users, args.wrk_seconds)
    with serve.nginx_static(nginx_port, html, paths["wijk"]) as static:
        results["nginx page"] = locust(
            static, paths, "WijkPageOnly", args.users, args.time, "nginx-page"
        )
        _print_locust("wijk page as a static file, nginx", results["nginx page"])
        results["wrk nginx"] = wrk(static + paths["wijk"], DEMO_HOST, args.users, args.wrk_seconds)
    return _done(results, args.users)


def _done(results: dict, users: int) -> int:
    """Print the comparisons, write load.json, print the load average."""
    for name in ("wrk gunicorn", "wrk varnish", "wrk nginx"):
        if results.get(name):
            _print_wrk(f"{name} (wijk page, {users} connections)", results[name])
    _print_fractions(results)
    target = serve.ARTIFACTS / ("load.json" if "nginx page" in results else "load-mix.json")
    target.write_text(json.dumps(results, indent=2))
    print(f"figures in {target}; load average {os.getloadavg()}")
    return 0


def _print_fractions(results: dict) -> None:
    if "nginx page" not in results:
        return
    nginx = results["nginx page"]["rps"]
    for name in ("varnish page", "gunicorn page"):
        if name in results and nginx:
            share = results[name]["rps"] / nginx
            print(f"locust: {name} throughput = {share:.2f} of nginx serving the file")
    wrk_nginx = (results.get("wrk nginx") or {}).get("rps")
    for name in ("wrk varnish", "wrk gunicorn"):
        if results.get(name) and wrk_nginx:
            share = results[name]["rps"] / wrk_nginx
            print(f"wrk: {name} throughput = {share:.3f} of nginx serving the file")


def _fetch(url: str, host: str, timeout: float = 600) -> bytes:
    request = urllib.request.Request(url, headers={"Host": host, "Accept-Language": "nl"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


if __name__ == "__main__":
    sys.exit(main())
