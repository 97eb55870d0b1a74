import { reaches, type TermStats } from '../resolve/match.ts';
import type { EventSignature, ReportSignature } from '../resolve/signature.ts';
import type { Queryable } from './db.ts';
import { json } from './rows.ts';

export interface Candidate { id: string; sig: EventSignature }

/**
 * What merging needs from the stored corpus: term frequencies and the candidate events of a report.
 * One implementation, `MemoryMergeIndex`, in two modes that give the same answers: for an embedded
 * data folder (the folder lock gives it to this process alone) it keeps everything in memory across
 * batches; on a server (`shared`: other writers may change the corpus between batches) it starts
 * again at every batch, which holds the writers' advisory lock, and reads only the frequencies
 * and events the batch needs.
 */
export interface MergeIndex {
  /** Counts an article's terms (delta +1 when stored, −1 when removed) and, for +1, returns the stats to score it. */
  addTerms(tx: Queryable, terms: string[], delta: 1 | -1): Promise<TermStats>;
  /**
   * Events in reach of the reports. `distinctive`: only those sharing at least `minShared` (default
   * 1) of these terms are needed (the merge rules need some distinctive terms shared; an index may
   * still return others).
   */
  candidates(tx: Queryable, sigs: ReportSignature[], distinctive?: string[], minShared?: number): Promise<Candidate[]>;
  /** An event was written (sig) or deleted (null) in the current transaction. */
  eventChanged(id: string, sig: EventSignature | null): void;
  /**
   * Marks the start of a batch (in its transaction, after the writers' lock is taken) and reads
   * what its articles' `terms` need at once: one query instead of one per article.
   */
  beginBatch(tx: Queryable, terms: Iterable<string>): Promise<{ kept: boolean }>;
  /** Marks the start of an article: its changes can be undone alone. */
  beginArticle(): void;
  /** Before the batch commits: write what is held back. */
  flush(tx: Queryable): Promise<void>;
  /** After a rollback (of one article or of the batch): forget what may no longer be true. */
  rolledBack(scope: 'article' | 'batch'): void;
  /** Entries held in memory (events, term counts, term index, chunks) and chunks read back: for benchmarks of memory. */
  held(): Record<string, number>;
}

type Range = [number, number];
const overlaps = (a: Range[], b: Range[]) => a.some(([l1, h1]) => b.some(([l2, h2]) => l1 <= h2 && h1 >= l2));

/** Longest reach of an event around its dates (a year-precise date) and around its publication days (capped span). */
const MAX_REACH = 800;
const MAX_PUB_REACH = 60;
const UNDATED = 'select id, signature from events where reach_lo is null and pub_lo is null and article_count > 0';

/** Events whose date reach or publication reach overlaps the days lo..hi. */
async function queryCandidates(tx: Queryable, lo: number, hi: number): Promise<{ id: string; signature: unknown }[]> {
  return tx.query(
    `select id, signature from events
     where ((reach_lo between $1::int - ${MAX_REACH} and $2::int and reach_hi >= $1::int)
        or (pub_lo between $1::int - ${MAX_PUB_REACH} and $2::int and pub_hi >= $1::int)) and article_count > 0`,
    [lo, hi]);
}

/** The terms of the articles that events are compared on (their `members`). */
function memberTerms(sigs: EventSignature[]): Set<string> {
  const out = new Set<string>();
  for (const s of sigs) for (const m of s.members ?? []) for (const t of m) out.add(t);
  return out;
}

/**
 * Days per chunk of the in-memory blocking index: the unit in which events are read and let go.
 * Small, so that what is held follows the days the reports reach (about three weeks, see
 * MERGE.window) and not a month at a time: at a million events a year (4,400 a day) a 32-day
 * chunk held 140,000 events, more than the bound below on its own.
 */
const CHUNK = 4;

/**
 * Events whose signatures the index holds at most. News comes in date order, give or take weeks:
 * past this, the chunks of the oldest days are let go at the start of a batch (down to three
 * quarters of it) and read again from the database should a report reach back to them. The
 * chunks the previous batch reached stay whatever their number: the next batch most likely
 * reaches them again, and reading them back every batch would cost more than holding them.
 * Without it a data folder's ingester held every event ever stored (memory grew by ~6 kB an event).
 */
const MAX_HELD = 120_000;

/** Rows of term_df_log at which they are folded into term_df (and corpus_stats). */
const FOLD_AT = 64;

/**
 * Adds the logged term count changes to term_df and corpus_stats and empties the log, in the
 * caller's transaction. Counts never go below 0.
 */
async function foldTermLog(tx: Queryable): Promise<void> {
  await tx.query(`with d as (delete from term_df_log returning articles, deltas),
    s as (select coalesce(sum(articles), 0) as v from d),
    c as (insert into corpus_stats (name, value) select 'articles', v from s
      on conflict (name) do update set value = greatest(0, corpus_stats.value + excluded.value))
    insert into term_df (term, df) select key, sum(value::int) from d, json_each_text(d.deltas) group by key
    on conflict (term) do update set df = greatest(0, term_df.df + excluded.df)`);
}

export class MemoryMergeIndex implements MergeIndex {
  private df: Map<string, number> | null = null;
  private n = 0;
  /** Term count changes not yet written, for the batch. */
  private pending = new Map<string, number>();
  private pendingN = 0;
  /** Changes of the article in hand, undone if it rolls back. */
  private articleDelta: { terms: string[]; delta: number }[] = [];
  private events = new Map<string, EventSignature>();
  /** reaches() of each event of `events`, computed once. */
  private reach = new Map<string, Range[]>();
  private chunks = new Map<number, Set<string>>();
  private undated: Set<string> | null = null;
  /** term → events of `events` whose articles have it: finds the few candidates that share a distinctive term. */
  private byTerm = new Map<string, Set<string>>();
  /**
   * True when every stored event is in memory: the database had none when this index started (a
   * new data folder), so each event was made here. Then the blocking chunks are kept whole in
   * memory and never read: a query that finds nothing still costs milliseconds in PGlite.
   */
  private complete: boolean | null = null;

  /**
   * `foldAt`: rows of term_df_log at which they are folded into term_df (smaller in tests).
   * `shared`: a server's database, which other writers change between batches (see the interface).
   */
  constructor(private readonly foldAt = FOLD_AT, private readonly shared = false, private readonly maxHeld = MAX_HELD) {}

  /** Chunks below this one were let go (see MAX_HELD): they are read from the database even when `complete`. */
  private releasedBelow = -Infinity;

  /** The chunks the reports of the current batch reached (see `release`). */
  private reached = new Set<number>();

  /** Lets the oldest chunks go while more than `maxHeld` events are held (between batches: nothing is pending). */
  private release(): void {
    const reached = this.reached;
    this.reached = new Set();
    if (this.events.size <= this.maxHeld) return;
    const held = [...this.chunks.keys()].sort((a, b) => a - b);
    // The chunks the last batch reached stay, and the newest (news moves forward).
    for (const c of held.slice(0, -1)) {
      if (this.events.size <= this.maxHeld * 0.75) break;
      if (reached.has(c)) continue;
      const set = this.chunks.get(c)!;
      this.chunks.delete(c);
      this.releasedBelow = Math.max(this.releasedBelow, c + 1);
      // An event reaching into a chunk still held stays: that chunk's set lists it.
      for (const id of set) if (!this.inHeldChunk(id)) this.forget(id);
    }
  }

  private inHeldChunk(id: string): boolean {
    for (const [lo, hi] of this.reach.get(id) ?? []) {
      for (let c = Math.floor(lo / CHUNK); c <= Math.floor(hi / CHUNK); c++) if (this.chunks.has(c)) return true;
    }
    return false;
  }

  private reset(): void {
    this.lastWrite = null;
    this.df = null;
    this.n = 0;
    this.pending.clear();
    this.pendingN = 0;
    this.articleDelta = [];
    this.forgetEvents();
  }

  /** Forgets every event held: they are read again from the database. */
  private forgetEvents(): void {
    this.complete = false;
    this.events.clear();
    this.reach.clear();
    this.byTerm.clear();
    this.chunks.clear();
    this.undated = null;
    this.releasedBelow = -Infinity;
  }

  /**
   * On a server, the value of the writes counter (`corpus_stats` row 'writes', bumped by every
   * batch a writer commits) after this process's last batch. When it is the same at the next
   * batch, no other writer came between: what this index holds is still true and is kept (a single
   * ingester on a server then merges from memory as in a data folder). Otherwise it starts again.
   */
  private lastWrite: number | null = null;

  async beginBatch(tx: Queryable, terms: Iterable<string>): Promise<{ kept: boolean }> {
    let kept = true;
    if (this.shared) {
      const rows = await tx.query<{ value: number | string }>(`select value from corpus_stats where name = 'writes'`);
      const now = rows.length ? Number(rows[0].value) : 0;
      kept = this.lastWrite !== null && now === this.lastWrite;
      if (!kept) this.reset();
    }
    this.release();
    await this.loadTerms(tx);
    await this.needTerms(tx, terms);
    return { kept };
  }

  /**
   * On a server, the stored frequencies of the terms not read yet in this batch. Scoring weighs
   * every term of the report and of the candidate events' articles: a term left out would count
   * as the rarest possible (its df taken as 0), and a server would merge less than a data folder.
   */
  private async needTerms(tx: Queryable, terms: Iterable<string>): Promise<void> {
    const df = this.df;
    if (!this.shared || !df) return;
    const missing = new Set<string>();
    for (const t of terms) if (!df.has(t)) missing.add(t);
    if (!missing.size) return;
    const rows = await tx.query<{ term: string; df: number }>('select term, df from term_df where term = any($1::text[])', [[...missing]]);
    for (const t of missing) df.set(t, 0);
    for (const r of rows) df.set(r.term, Math.max(0, r.df));
  }

  private async isComplete(tx: Queryable): Promise<boolean> {
    if (this.shared) return false;
    if (this.complete === null) {
      const rows = await tx.query<{ any: boolean }>('select exists (select 1 from events) as any');
      this.complete = !rows[0]?.any;
      if (this.complete) this.undated ??= new Set();
    }
    return this.complete;
  }

  /** Indexes the event's terms; `old`: its previous signature, whose terms are indexed already. */
  private remember(id: string, sig: EventSignature, old?: EventSignature): void {
    this.events.set(id, sig);
    this.reach.set(id, reaches(sig));
    for (const t in sig.terms) {
      if (old && Object.hasOwn(old.terms, t)) continue;
      let set = this.byTerm.get(t);
      if (!set) this.byTerm.set(t, (set = new Set()));
      set.add(id);
    }
  }

  /** Drops the event from the term index; `keep`: its next signature, whose terms stay indexed. */
  private forget(id: string, keep?: EventSignature): void {
    const sig = this.events.get(id);
    if (!sig) return;
    for (const t in sig.terms) {
      if (keep && Object.hasOwn(keep.terms, t)) continue;
      const set = this.byTerm.get(t);
      if (set?.delete(id) && !set.size) this.byTerm.delete(t);
    }
    this.events.delete(id);
    this.reach.delete(id);
  }

  /** Rows in term_df_log, as far as this index knows. */
  private logRows = 0;

  private async loadTerms(tx: Queryable): Promise<Map<string, number>> {
    if (this.df) return this.df;
    if (this.shared) {
      // A server's counts are in term_df (flush writes them there directly); terms are read as needed.
      const n = await tx.query<{ value: number | string }>(`select value from corpus_stats where name = 'articles'`);
      this.n = Math.max(0, Number(n[0]?.value ?? 0));
      return (this.df = new Map());
    }
    if (Number((await tx.query<{ n: number | string }>('select count(*) as n from term_df_log'))[0].n) >= this.foldAt) await foldTermLog(tx);
    const rows = await tx.query<{ term: string; df: number }>('select term, df from term_df where df > 0');
    const n = await tx.query<{ value: number | string }>(`select value from corpus_stats where name = 'articles'`);
    const log = await tx.query<{ articles: number | string; deltas: unknown }>('select articles, deltas from term_df_log order by seq');
    const df = new Map(rows.map((r) => [r.term, r.df]));
    let total = Math.max(0, Number(n[0]?.value ?? 0));
    // The log summed, then clamped at 0 once, as foldTermLog will add it to term_df.
    const sum = new Map<string, number>();
    let articles = 0;
    for (const row of log) {
      for (const [t, d] of Object.entries(json<Record<string, number>>(row.deltas))) sum.set(t, (sum.get(t) ?? 0) + d);
      articles += Number(row.articles);
    }
    for (const [t, d] of sum) df.set(t, Math.max(0, (df.get(t) ?? 0) + d));
    total = Math.max(0, total + articles);
    this.df = df;
    this.n = total;
    this.logRows = log.length;
    return this.df;
  }

  async addTerms(tx: Queryable, terms: string[], delta: 1 | -1): Promise<TermStats> {
    const df = await this.loadTerms(tx);
    await this.needTerms(tx, terms);
    for (const t of terms) {
      df.set(t, Math.max(0, (df.get(t) ?? 0) + delta));
      this.pending.set(t, (this.pending.get(t) ?? 0) + delta);
    }
    this.n = Math.max(0, this.n + delta);
    this.pendingN += delta;
    this.articleDelta.push({ terms, delta });
    return { n: this.n, df };
  }

  /** Chunks read from the database, and the rows they returned (for benchmarks: the price of the bound). */
  private chunkReads = 0;
  private rowsRead = 0;

  private async loadChunk(tx: Queryable, c: number): Promise<Set<string>> {
    let set = this.chunks.get(c);
    if (set) return set;
    set = new Set();
    this.chunks.set(c, set);
    if (c >= this.releasedBelow && await this.isComplete(tx)) return set;
    const loaded: EventSignature[] = [];
    this.chunkReads++;
    for (const r of await queryCandidates(tx, c * CHUNK, c * CHUNK + CHUNK - 1)) {
      this.rowsRead++;
      if (!this.events.has(r.id)) {
        const sig = json<EventSignature>(r.signature);
        this.remember(r.id, sig);
        loaded.push(sig);
      }
      set.add(r.id);
    }
    await this.needTerms(tx, memberTerms(loaded));
    return set;
  }

  async candidates(tx: Queryable, sigs: ReportSignature[], distinctive?: string[], minShared = 1): Promise<Candidate[]> {
    const ids = new Set<string>();
    const mine = sigs.flatMap((s) => reaches(s));
    const pool: Set<string>[] = [];
    for (const [lo, hi] of mine) {
      for (let c = Math.floor(lo / CHUNK); c <= Math.floor(hi / CHUNK); c++) {
        this.reached.add(c);
        pool.push(await this.loadChunk(tx, c));
      }
    }
    if (distinctive) {
      // Every event in reach is loaded now; those sharing enough distinctive terms are found through the term index.
      const shared = new Map<string, number>();
      for (const t of distinctive) for (const id of this.byTerm.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, k] of shared) if (k >= minShared && overlaps(this.reach.get(id)!, mine)) ids.add(id);
    } else {
      for (const set of pool) for (const id of set) if (!ids.has(id) && overlaps(this.reach.get(id)!, mine)) ids.add(id);
    }
    if (sigs.some((s) => !reaches(s).length)) {
      if (!this.undated) {
        this.undated = new Set();
        const loaded: EventSignature[] = [];
        for (const r of await tx.query<{ id: string; signature: unknown }>(UNDATED)) {
          if (!this.events.has(r.id)) {
            const sig = json<EventSignature>(r.signature);
            this.remember(r.id, sig);
            loaded.push(sig);
          }
          this.undated.add(r.id);
        }
        await this.needTerms(tx, memberTerms(loaded));
      }
      for (const id of this.undated) ids.add(id);
    }
    return [...ids].map((id) => ({ id, sig: this.events.get(id)! }));
  }

  eventChanged(id: string, sig: EventSignature | null): void {
    const old = this.events.get(id);
    for (const [lo, hi] of old ? this.reach.get(id)! : []) for (let c = Math.floor(lo / CHUNK); c <= Math.floor(hi / CHUNK); c++) this.chunks.get(c)?.delete(id);
    this.undated?.delete(id);
    // Only the terms that change are taken out of and put into the term index.
    this.forget(id, sig ?? undefined);
    if (!sig) return;
    this.remember(id, sig, old);
    const rs = this.reach.get(id)!;
    if (!rs.length) {
      this.undated?.add(id);
      return;
    }
    // Only chunks already loaded are kept up to date; the others read the event from the database when
    // loaded — unless every event is in memory, when the chunks are made here.
    for (const [lo, hi] of rs) {
      for (let c = Math.floor(lo / CHUNK); c <= Math.floor(hi / CHUNK); c++) {
        let set = this.chunks.get(c);
        if (!set && this.complete && c >= this.releasedBelow) this.chunks.set(c, (set = new Set()));
        set?.add(id);
      }
    }
  }

  beginArticle(): void {
    this.articleDelta = [];
  }

  /**
   * The batch's term counts, as one row of changes (a statement per term row cost a fifth of the
   * batch in PGlite); on a server, added to term_df at once (one statement; other writers read
   * term_df, not this process's log).
   */
  async flush(tx: Queryable): Promise<void> {
    const deltas: Record<string, number> = {};
    let any = false;
    for (const [t, d] of this.pending) if (d !== 0) { deltas[t] = d; any = true; }
    if (this.shared) {
      const [{ value }] = await tx.query<{ value: number | string }>(`with c as (insert into corpus_stats (name, value) values ('articles', greatest(0, $1::bigint))
          on conflict (name) do update set value = greatest(0, corpus_stats.value + $1::bigint)),
        t as (insert into term_df (term, df) select key, greatest(0, value::int) from json_each_text($2::json)
          on conflict (term) do update set df = greatest(0, term_df.df + excluded.df))
        insert into corpus_stats (name, value) values ('writes', 1) on conflict (name) do update set value = corpus_stats.value + 1 returning value`,
      [this.pendingN, JSON.stringify(deltas)]);
      this.lastWrite = Number(value);
    } else if (any || this.pendingN !== 0) {
      await tx.query('insert into term_df_log (articles, deltas) values ($1::bigint, $2::json)', [this.pendingN, JSON.stringify(deltas)]);
      if (++this.logRows >= this.foldAt) {
        await foldTermLog(tx);
        this.logRows = 0;
      }
    }
    this.pending.clear();
    this.pendingN = 0;
  }

  held(): Record<string, number> {
    let termRefs = 0;
    for (const set of this.byTerm.values()) termRefs += set.size;
    return { events: this.events.size, termCounts: this.df?.size ?? 0, indexedTerms: this.byTerm.size, termRefs, chunks: this.chunks.size, chunkReads: this.chunkReads, rowsRead: this.rowsRead };
  }

  rolledBack(scope: 'article' | 'batch'): void {
    if (scope === 'batch' && this.shared) return this.reset();
    if (scope === 'batch') {
      this.df = null;
      this.pending.clear();
      this.pendingN = 0;
    } else if (this.df) {
      for (const { terms, delta } of this.articleDelta) {
        for (const t of terms) {
          this.df.set(t, Math.max(0, (this.df.get(t) ?? 0) - delta));
          this.pending.set(t, (this.pending.get(t) ?? 0) - delta);
        }
        this.n -= delta;
        this.pendingN -= delta;
      }
    }
    this.articleDelta = [];
    // Events the rolled-back work touched may be stale: read them again from the database.
    this.forgetEvents();
  }
}
