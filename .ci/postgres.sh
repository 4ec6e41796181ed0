# Sourced by .ci/run: starts a throw-away PostgreSQL 15 server for the keyword-store tests
# (@nomina/keywords) on a temporary data directory and a free loopback port, and exports
# NOMINA_PG_URL. The server is stopped when the calling shell exits.
PG_BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PG_BIN/initdb" ] || [ ! -d /usr/share/postgresql/15/extension ] || [ ! -f /usr/share/postgresql/15/extension/pg_trgm.control ]; then
  echo "[ci] installing PostgreSQL 15 (Debian packages postgresql-15, postgresql-contrib)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql-15 postgresql-contrib >/dev/null
fi
PG_DATA=$(mktemp -d /tmp/nomina-pg.XXXXXX)
PG_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
PG_RUN=(bash -c)
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PG_DATA"
  PG_RUN=(runuser -u postgres -- bash -c)
fi
"${PG_RUN[@]}" "$PG_BIN/initdb -D '$PG_DATA/data' -U nomina --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
"${PG_RUN[@]}" "$PG_BIN/pg_ctl -D '$PG_DATA/data' -o \"-p $PG_PORT -k '$PG_DATA' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l '$PG_DATA/server.log' -w start >/dev/null"
trap '"${PG_RUN[@]}" "$PG_BIN/pg_ctl -D '"'"'$PG_DATA/data'"'"' -m fast stop >/dev/null" || true' EXIT
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U nomina nomina
export NOMINA_PG_URL="postgres://nomina@127.0.0.1:$PG_PORT/nomina"
echo "[ci] PostgreSQL 15 on 127.0.0.1:$PG_PORT (NOMINA_PG_URL)"
