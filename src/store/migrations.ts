import pg from 'pg';
import type { Db, Queryable } from './db.ts';
import { StoreError } from './errors.ts';

/** Migrations 9 and 11: the live located events of a transition table, each counting k. */
const cellRows = (table: string, k: number) => `select id, latitude, longitude, event_type, country, iso3, background, fatalities, ${k} as k
  from ${table} where article_count > 0 and latitude is not null and longitude is not null`;

/**
 * Migrations 9 and 11: the rows' changes added to a cell table by row key (its cells `cells`, the
 * floor of latitude and longitude on its grid); a row fallen to 0 is zeroed.
 */
const cellDeltaIn = (table: string, cells: string) => (rows: string) => `insert into ${table} as c
    select ${cells}, event_type, country, iso3, background, sum(k),
      sum(latitude * k), sum(longitude * k), coalesce(sum(fatalities * k), 0), min(id) filter (where k = 1)
    from (${rows}) d
    group by 1, 2, 3, 4, 5, 6
    on conflict (lat_cell, lon_cell, event_type, country, iso3, background) do update set
      n = c.n + excluded.n,
      lat_sum = case when c.n + excluded.n = 0 then 0 else c.lat_sum + excluded.lat_sum end,
      lon_sum = case when c.n + excluded.n = 0 then 0 else c.lon_sum + excluded.lon_sum end,
      fatalities = case when c.n + excluded.n = 0 then 0 else c.fatalities + excluded.fatalities end,
      any_id = coalesce(excluded.any_id, c.any_id)`;

/** Migration 11: ⅛° cells (the map at zoom 6–8). */
const FINE = 'floor(latitude * 8)::int, floor(longitude * 8)::int';
/** Migration 9: what its trigger function says of itself. */
const NOTE_9 = `  -- Rows that held a removed or changed event forget it as their example; then the changes are
  -- added up by row key (-1 for what the statement took away, +1 for what it put in). One branch
  -- per operation: a statement names only the transition tables its trigger has.
`;

/**
 * Migrations 9 and 11: a table of located live events counted by cell (`cells`: the floors of
 * latitude and longitude on its grid), filled from the events and kept by statement triggers.
 * `note`: comment lines of the trigger function's body.
 */
function cellTableSql(table: string, cells: string, fn: string, trigger: string, note: string): string {
  const delta = cellDeltaIn(table, cells);
  return `create table ${table} (
  lat_cell integer not null, lon_cell integer not null, event_type text not null, country text, iso3 text,
  background boolean not null, n bigint not null, lat_sum float8 not null, lon_sum float8 not null,
  fatalities bigint not null, any_id text,
  unique nulls not distinct (lat_cell, lon_cell, event_type, country, iso3, background)
);
create index ${table}_any on ${table} (any_id);
insert into ${table} select ${cells}, event_type, country, iso3, background, count(*),
    sum(latitude), sum(longitude), coalesce(sum(fatalities), 0), min(id)
  from events where article_count > 0 and latitude is not null and longitude is not null group by 1, 2, 3, 4, 5, 6;
create function ${fn}() returns trigger language plpgsql as $$
begin
${note}  if TG_OP = 'INSERT' then
    ${delta(`${cellRows('new_rows', 1)}`)};
  elsif TG_OP = 'UPDATE' then
    update ${table} c set any_id = null from old_rows o where c.any_id = o.id;
    ${delta(`${cellRows('old_rows', -1)} union all ${cellRows('new_rows', 1)}`)};
  else
    update ${table} c set any_id = null from old_rows o where c.any_id = o.id;
    ${delta(`${cellRows('old_rows', -1)}`)};
  end if;
  return null;
end $$;
create trigger ${trigger}_insert after insert on events referencing new table as new_rows for each statement execute function ${fn}();
create trigger ${trigger}_update after update on events referencing old table as old_rows new table as new_rows for each statement execute function ${fn}();
create trigger ${trigger}_delete after delete on events referencing old table as old_rows for each statement execute function ${fn}();
`;
}

/**
 * Versioned schema migrations, run in order on open, each in one transaction with its version
 * row: a migration killed half-way leaves the database at the previous version, and the next
 * open runs it again. Never edit a released migration; add the next one.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, events, reports, claims',
    sql: `
create table articles (
  id text primary key,
  url text,
  url_key text,
  title text,
  published text,
  outlet text,
  byline text,
  language text,
  dateline text,
  body text not null,
  content_hash text not null,
  terms jsonb not null default '[]',
  ingested_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index articles_url_key on articles (url_key);

create table events (
  id text primary key,
  seq bigserial not null,
  event_type text not null,
  sub_event_type text not null,
  background boolean not null,
  date_start date,
  date_end date,
  date_prec integer not null,
  sort_date date,
  country text,
  iso3 text,
  admin1 text,
  location_name text,
  latitude double precision,
  longitude double precision,
  where_prec integer,
  reach_lo integer,
  reach_hi integer,
  record jsonb not null,
  totals_best jsonb not null,
  signature jsonb not null,
  article_count integer not null default 0,
  fatalities integer,
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index events_sort_date on events (sort_date, id);
create index events_blocking on events (background, reach_lo);
create index events_updated on events (updated_at, id);

create table reports (
  id text primary key,
  seq bigserial not null,
  article_id text not null references articles (id) on delete cascade,
  event_id text not null references events (id),
  idx integer not null,
  record jsonb not null,
  signature jsonb not null,
  unique (article_id, idx)
);
create index reports_event on reports (event_id);

create table claims (
  id text primary key,
  report_id text not null references reports (id) on delete cascade,
  article_id text not null references articles (id) on delete cascade,
  event_id text not null references events (id),
  idx integer not null,
  outcome text not null,
  low integer,
  high integer,
  qualifier text not null,
  party_name text not null,
  claimed_by_name text,
  record jsonb not null
);
create index claims_event on claims (event_id);
create index claims_article on claims (article_id);

-- How many articles use each distinctive term: the weights of the text evidence for merging.
create table term_df (
  term text primary key,
  df integer not null
);
create table corpus_stats (
  name text primary key,
  value bigint not null
);
`,
  },
  {
    version: 2,
    name: 'publication-day reach of events',
    sql: `
alter table events add column pub_lo integer;
alter table events add column pub_hi integer;
create index events_pub_blocking on events (pub_lo);
`,
  },
  {
    version: 3,
    name: 'records as json text',
    sql: `
alter table events alter column record type json using record::json;
alter table events alter column signature type json using signature::json;
alter table reports alter column record type json using record::json;
alter table reports alter column signature type json using signature::json;
alter table claims alter column record type json using record::json;
`,
  },
  {
    version: 4,
    name: 'cheaper batch writes',
    sql: `
-- Rows of up to a page are stored as they are: compressing a record of a few kB (pglz, in WASM for
-- the embedded database) cost more than the space it saved.
alter table events set (toast_tuple_target = 8160);
alter table reports set (toast_tuple_target = 8160);
alter table claims set (toast_tuple_target = 8160);
alter table articles set (toast_tuple_target = 8160);
-- A claim's article and event are those of its report, which is checked (and cascades) already:
-- checking them again cost a lookup per claim.
alter table claims drop constraint if exists claims_article_id_fkey;
alter table claims drop constraint if exists claims_event_id_fkey;
-- Term counts as one row of changes per batch, folded into term_df now and then
-- (MemoryMergeIndex): upserting every term of a batch cost a fifth of writing it.
create table term_df_log (
  seq bigserial primary key,
  articles bigint not null,
  deltas json not null
);
`,
  },
  {
    version: 5,
    name: 'feed watching state',
    sql: `
-- fogwatch watch (docs/watch.md): each feed's health and validators, the items taken from it, and
-- what was last alerted of each event, so that a restart neither fetches nor alerts twice.
create table watch_feeds (
  url text primary key,
  interval_s double precision not null,
  active boolean not null default true,
  kind text,
  title text,
  etag text,
  last_modified text,
  fingerprint text,
  last_poll timestamptz,
  last_success timestamptz,
  last_change timestamptz,
  next_poll timestamptz,
  last_status integer,
  errors integer not null default 0,
  total_errors bigint not null default 0,
  last_error text,
  last_error_at timestamptz,
  polls bigint not null default 0
);
create table watch_items (
  feed_url text not null,
  item_key text not null,
  fingerprint text not null,
  link text,
  status text not null,
  attempts integer not null default 0,
  article_id text,
  last_error text,
  first_seen timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (feed_url, item_key)
);
create table watch_event_state (
  event_id text primary key,
  digest json not null,
  alerted_at timestamptz not null default now()
);
`,
  },
  {
    version: 6,
    name: 'indexes for reading at scale',
    sql: `
-- Every order the API offers, as an index on its exact expression and seq (the keyset's tie-break),
-- for live events only: a page is an ordered index scan that stops after its rows (queries.ts).
create index events_k_date_desc on events ((coalesce(sort_date, date '0001-01-01')), seq) where article_count > 0;
create index events_k_date_asc on events ((coalesce(sort_date, date '9999-12-31')), seq) where article_count > 0;
create index events_k_updated on events (updated_at, seq) where article_count > 0;
create index events_k_articles on events (article_count, seq) where article_count > 0;
create index events_k_fatalities on events ((coalesce(fatalities, -1)), seq) where article_count > 0;
-- The selective filters of the dashboard under its default order (newest first): a country (by
-- ISO3 code or by name), a type, a sub-type.
create index events_k_iso3_date on events ((lower(iso3)), (coalesce(sort_date, date '0001-01-01')), seq) where article_count > 0;
create index events_k_country_date on events ((lower(country)), (coalesce(sort_date, date '0001-01-01')), seq) where article_count > 0;
create index events_k_type_date on events (event_type, (coalesce(sort_date, date '0001-01-01')), seq) where article_count > 0;
create index events_k_subtype_date on events (sub_event_type, (coalesce(sort_date, date '0001-01-01')), seq) where article_count > 0;
-- Events spanning more than a month are few: a date filter reads them apart, so that the others
-- can be bounded by their start date (queries.ts, LONG_SPAN_DAYS).
create index events_k_long_date on events ((coalesce(sort_date, date '0001-01-01')), seq)
  where article_count > 0 and coalesce(date_end, date_start) - coalesce(date_start, date_end) > 31;
-- The map's summary (GET /api/summary): events in a box, by latitude then longitude.
create index events_k_place on events (latitude, longitude) where article_count > 0 and latitude is not null;
`,
  },
  {
    version: 7,
    name: 'counts for stats',
    sql: `
-- Live events counted by every key /api/stats filters and groups on: stats sum these rows (a few
-- per day and country) instead of reading every event. Kept by statement triggers in the
-- transaction that writes the events; a row may fall to 0 and stay.
create table event_counts (
  date_start date, date_end date, event_type text not null, sub_event_type text not null,
  country text, iso3 text, background boolean not null, n bigint not null,
  unique nulls not distinct (date_start, date_end, event_type, sub_event_type, country, iso3, background)
);
insert into event_counts select date_start, date_end, event_type, sub_event_type, country, iso3, background, count(*)
  from events where article_count > 0 group by 1, 2, 3, 4, 5, 6, 7;
create function fw_count_events() returns trigger language plpgsql as $$
begin
  -- The rows a statement took away (old_rows) and put in (new_rows), live events only.
  if TG_OP = 'INSERT' then
    insert into event_counts as c select date_start, date_end, event_type, sub_event_type, country, iso3, background, count(*)
      from new_rows where article_count > 0 group by 1, 2, 3, 4, 5, 6, 7
      on conflict (date_start, date_end, event_type, sub_event_type, country, iso3, background) do update set n = c.n + excluded.n;
  elsif TG_OP = 'UPDATE' then
    insert into event_counts as c select date_start, date_end, event_type, sub_event_type, country, iso3, background, sum(k)
      from (select *, -1 as k from old_rows where article_count > 0 union all select *, 1 from new_rows where article_count > 0) d
      group by 1, 2, 3, 4, 5, 6, 7 having sum(k) <> 0
      on conflict (date_start, date_end, event_type, sub_event_type, country, iso3, background) do update set n = c.n + excluded.n;
  else
    insert into event_counts as c select date_start, date_end, event_type, sub_event_type, country, iso3, background, -count(*)
      from old_rows where article_count > 0 group by 1, 2, 3, 4, 5, 6, 7
      on conflict (date_start, date_end, event_type, sub_event_type, country, iso3, background) do update set n = c.n + excluded.n;
  end if;
  return null;
end $$;
create trigger events_count_insert after insert on events referencing new table as new_rows for each statement execute function fw_count_events();
create trigger events_count_update after update on events referencing old table as old_rows new table as new_rows for each statement execute function fw_count_events();
create trigger events_count_delete after delete on events referencing old table as old_rows for each statement execute function fw_count_events();
-- Rows of articles and claims, for the same reason.
create table row_counts (name text primary key, n bigint not null);
insert into row_counts select 'articles', count(*) from articles;
insert into row_counts select 'claims', count(*) from claims;
create function fw_count_rows() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    update row_counts set n = n + (select count(*) from new_rows) where name = TG_TABLE_NAME;
  else
    update row_counts set n = n - (select count(*) from old_rows) where name = TG_TABLE_NAME;
  end if;
  return null;
end $$;
create trigger articles_count_insert after insert on articles referencing new table as new_rows for each statement execute function fw_count_rows();
create trigger articles_count_delete after delete on articles referencing old table as old_rows for each statement execute function fw_count_rows();
create trigger claims_count_insert after insert on claims referencing new table as new_rows for each statement execute function fw_count_rows();
create trigger claims_count_delete after delete on claims referencing old table as old_rows for each statement execute function fw_count_rows();
`,
  },
  {
    version: 8,
    name: 'word search index',
    sql: `
-- The words of the search text (PostgreSQL's own text search, no extension, the 'simple'
-- configuration: lower case, no stemming): a word search finds the events whose words begin with
-- the searched ones through this index instead of reading every event (queries.ts whereOf).
create index events_k_words on events using gin (to_tsvector('simple', search_text)) where article_count > 0;
`,
  },
  {
    version: 9,
    name: 'counts by map cell',
    sql: `
-- Located live events counted by 1° cell (floor of latitude and longitude), type, country and
-- background, with the sums the map's points need (places, killed): /api/summary at zoom ≤ 5 (cells
-- of 1° to 32°, whole multiples of this grid) without a date or sub-type filter adds these rows (a
-- few thousand for the world) instead of reading every event in the box (store/summary.ts). Kept
-- by statement triggers like event_counts. any_id is the id of one live event of the row or null
-- (the map links a point of one event): an insert sets it when null, the removal of that event
-- clears it, and the summary reads the event of a one-event point from the events when it is null.
${cellTableSql('cell_counts', 'floor(latitude)::int, floor(longitude)::int', 'fw_count_cells', 'events_cells', NOTE_9)}`,
  },
  {
    version: 10,
    name: 'the record as a list shows it',
    sql: `
-- The event's record without its claims, evidence and article ids (GET /api/events?view=list),
-- written with the record: the database no longer parses the most reported events' records (tens
-- of kB of claims each) to cut them for every list page. Null in rows written before: a list then
-- cuts the record as before (queries.ts).
alter table events add column list_record json;
`,
  },
  {
    version: 11,
    name: 'events counted by eighth-degree cell',
    sql: `
-- The map at zoom 6–8 (cells of ½°, ¼°, ⅛°) from counts kept by triggers, as cell_counts (migration
-- 9) serves zoom ≤ 5: the same rows on a grid eight times finer (lat_cell = floor(latitude × 8)), so
-- that a country's box at zoom 6 reads a few thousand rows instead of its events.
${cellTableSql('cell_counts_8', FINE, 'fw_count_cells_8', 'events_cells8', '')}`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The advisory lock every DDL step of fogwatch runs under (schema, version table, migrations). */
export const MIGRATION_LOCK = 8675309;

/** The version the database is at (0 for a new one), read without creating anything. */
async function currentVersion(q: Queryable): Promise<number> {
  const [{ t }] = await q.query<{ t: string | null }>(`select to_regclass('schema_migrations')::text as t`);
  if (!t) return 0;
  const rows = await q.query<{ v: number | null }>('select max(version) as v from schema_migrations');
  return rows[0]?.v ?? 0;
}

/**
 * Brings the schema up to date. Every DDL step, the version table's creation included, runs in one
 * transaction under a fixed advisory lock: several processes opening one new database at once
 * (several ingesters starting together) wait for the first instead of racing it in the catalog
 * (`duplicate key … pg_type_typname_nsp_index` when two create one table). A process killed
 * half-way leaves the database at the version it found.
 */
export async function migrate(db: Db, readOnly = false): Promise<void> {
  const found = await currentVersion(db);
  if (found > SCHEMA_VERSION) throw newer(found);
  if (found === SCHEMA_VERSION) return;
  if (readOnly) throw new StoreError(`the database has schema version ${found}, older than ${SCHEMA_VERSION}; open it once for writing (e.g. with ingest) to migrate it`, 'schema');
  await db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(`create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    // Another process may have migrated while this one waited for the lock.
    const current = await currentVersion(tx);
    if (current > SCHEMA_VERSION) throw newer(current);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      for (const stmt of splitStatements(m.sql)) await tx.query(stmt);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
    }
  });
}

const newer = (v: number) => new StoreError(`the database has schema version ${v}, newer than this fogwatch knows (${SCHEMA_VERSION}); upgrade fogwatch`, 'schema');

/**
 * Creates a server schema when missing, under the migration lock: `create schema if not exists`
 * run by two sessions at once can fail in the catalog like any other DDL. `postgres-db.ts` runs
 * it again without the lock; by then the schema exists and the statement does nothing.
 * The name must have been checked against `^[a-z_][a-z0-9_]{0,62}$` (it goes into the SQL text).
 */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)}: lower-case letters, digits and _ only`);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    const [{ ok }] = (await client.query<{ ok: boolean }>('select exists (select 1 from pg_namespace where nspname = $1) as ok', [schema])).rows;
    if (ok) return;
    await client.query('begin');
    await client.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await client.query(`create schema if not exists ${schema}`);
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Our migrations hold no semicolons inside strings, so a split on `;` at line end is exact, once
 * the pieces inside a function body (between two `$$`) are joined again.
 */
function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let open = '';
  for (const piece of sql.split(/;\s*\n/)) {
    open = open ? `${open};\n${piece}` : piece;
    if ((open.match(/\$\$/g)?.length ?? 0) % 2 === 0) {
      out.push(open);
      open = '';
    }
  }
  if (open) out.push(open);
  return out.map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
