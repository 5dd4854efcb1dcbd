#!/usr/bin/env bash
# Starts or stops a throw-away Redis and PostgreSQL on loopback for the distributed-corpus
# integration tests (`bash scripts/services.sh start|stop|env`). Data lives under
# $TANDEM_SERVICES_DIR (default /tmp/tandem-services); `stop` removes it. PostgreSQL
# refuses to run as root, so as root its server runs as the `postgres` user that the
# Debian package creates. `env` prints the variables the tests read.
set -euo pipefail

dir="${TANDEM_SERVICES_DIR:-/tmp/tandem-services}"
redis_port="${TANDEM_REDIS_PORT:-6391}"
pg_port="${TANDEM_PG_PORT:-5439}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

print_env() {
  echo "export TANDEM_TEST_REDIS=redis://127.0.0.1:${redis_port}"
  echo "export TANDEM_TEST_POSTGRES=postgres://postgres@127.0.0.1:${pg_port}/postgres"
}

start() {
  command -v redis-server >/dev/null || { echo "services: redis-server is not installed (bash scripts/setup.sh --services)" >&2; exit 1; }
  [ -n "$pg_bin" ] || { echo "services: postgresql is not installed (bash scripts/setup.sh --services)" >&2; exit 1; }
  mkdir -p "$dir/redis"
  chmod 755 "$dir" # the postgres user must reach $dir/pg
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" --save "" --appendonly no \
    --daemonize yes --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log"
  mkdir -p "$dir/pg"
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir/pg"
  if [ ! -f "$dir/pg/data/PG_VERSION" ]; then
    as_postgres "$pg_bin/initdb" -D "$dir/pg/data" -U postgres -A trust --no-sync >"$dir/pg/initdb.log"
  fi
  # fsync off: a test database that a crash may lose; the tests never rely on durability.
  as_postgres "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pg -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
  for _ in $(seq 1 50); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "services: redis on 127.0.0.1:$redis_port, postgres on 127.0.0.1:$pg_port" >&2
}

stop() {
  if [ -f "$dir/redis/redis.pid" ]; then
    kill "$(cat "$dir/redis/redis.pid")" 2>/dev/null || true
  fi
  if [ -n "$pg_bin" ] && [ -f "$dir/pg/data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  *) echo "usage: bash scripts/services.sh start|stop|env" >&2; exit 2 ;;
esac
