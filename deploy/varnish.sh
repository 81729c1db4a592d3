#!/usr/bin/env bash
# Varnish in front of gunicorn, locally: installs Debian's varnish if it is missing, starts
# gunicorn and varnishd with deploy/varnish.vcl on free ports, and stops both on Ctrl-C.
#
#   make varnish                      # the database of DATABASE_URL (SQLite db.sqlite3 by default)
#   VARNISH_PORT=6081 APP_PORT=8001 make varnish
#
# The app gets VARNISH_PURGE_URL, so publishing in its admin purges Varnish. Any other
# environment (DJANGO_SETTINGS_MODULE, default cms.settings.dev; DATABASE_URL; REDIS_URL) is
# passed on to gunicorn. `deploy/varnish.sh vcl PORT` prints the VCL for a backend port.
set -euo pipefail
cd "$(dirname "$0")/.."
VCL_SOURCE=deploy/varnish.vcl

render_vcl() {  # the project's VCL with the backend on 127.0.0.1:$1
    sed -e "s/^\(    \.port = \)\"[0-9]*\";/\1\"$1\";/" "$VCL_SOURCE"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

if [ "${1:-}" = "vcl" ]; then
    render_vcl "${2:?usage: deploy/varnish.sh vcl PORT}"
    exit 0
fi

if ! command -v varnishd >/dev/null && [ ! -x /usr/sbin/varnishd ]; then
    echo "Installing Debian's varnish ..."
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null
    fi
fi
VARNISHD=$(command -v varnishd || echo /usr/sbin/varnishd)

APP_PORT=${APP_PORT:-$(free_port)}
VARNISH_PORT=${VARNISH_PORT:-$(free_port)}
WORK=$(mktemp -d)
render_vcl "$APP_PORT" >"$WORK/wijkportaal.vcl"

cleanup() {
    [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null || true
    [ -f "$WORK/varnishd.pid" ] && kill "$(cat "$WORK/varnishd.pid")" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-cms.settings.dev}
export VARNISH_PURGE_URL="http://127.0.0.1:$VARNISH_PORT"
.venv/bin/gunicorn cms.wsgi --bind "127.0.0.1:$APP_PORT" --workers "${WORKERS:-2}" &
GUNICORN_PID=$!

"$VARNISHD" -j none -n "$WORK/varnish" -P "$WORK/varnishd.pid" -a "127.0.0.1:$VARNISH_PORT" \
    -f "$WORK/wijkportaal.vcl" -s malloc,64m -p default_grace=0
echo "Varnish on http://127.0.0.1:$VARNISH_PORT/ (also http://westelijke-mijnstreek.localhost:$VARNISH_PORT/)"
echo "in front of gunicorn on 127.0.0.1:$APP_PORT; Ctrl-C stops both."
wait "$GUNICORN_PID"
