# Starts a throwaway PostgreSQL cluster on 127.0.0.1 and exports FOGWATCH_TEST_PG for the tests.
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then echo "ci: no PostgreSQL server found; server tests will be skipped"; return 0; fi
  local dir port=55432
  dir=$(mktemp -d /tmp/fogwatch-pg.XXXXXX)
  chown postgres "$dir"
  su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
  su postgres -c "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l $dir/log -w start" >/dev/null
  export FOGWATCH_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
  trap "su postgres -c '$bin/pg_ctl -D $dir/data -m immediate stop' >/dev/null 2>&1 || true" EXIT
  echo "ci: PostgreSQL at $FOGWATCH_TEST_PG"
}
