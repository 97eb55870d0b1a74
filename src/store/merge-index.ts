import { reachOf, type TermStats } from '../resolve/match.ts';
import type { EventSignature, ReportSignature } from '../resolve/signature.ts';
import type { Queryable } from './db.ts';
import { json } from './rows.ts';

export interface Candidate { id: string; sig: EventSignature }

/**
 * What merging needs from the stored corpus: term frequencies and the candidate events of a report.
 * Two implementations with the same answers: `DbMergeIndex` asks the database every time (a server
 * may have other writers); `MemoryMergeIndex` keeps them in memory for an embedded data folder, which
 * the folder lock gives to this process alone, and writes frequencies once per batch.
 */
export interface MergeIndex {
  /** Counts an article's terms (delta +1 when stored, −1 when removed) and, for +1, returns the stats to score it. */
  addTerms(tx: Queryable, terms: string[], delta: 1 | -1): Promise<TermStats>;
  candidates(tx: Queryable, sigs: ReportSignature[]): Promise<Candidate[]>;
  /** An event was written (sig) or deleted (null) in the current transaction. */
  eventChanged(id: string, sig: EventSignature | null): void;
  /** Before the batch commits: write what is held back. */
  flush(tx: Queryable): Promise<void>;
  /** Marks the start of an article: its changes can be undone alone. */
  beginArticle(): void;
  /** After a rollback (of one article's savepoint or of the batch): forget what may no longer be true. */
  rolledBack(scope: 'article' | 'batch'): void;
}

const reach = reachOf;

function windowOf(sigs: ReportSignature[]): { lo: number; hi: number } | null {
  const rs = sigs.map(reach).filter((r): r is [number, number] => !!r);
  return rs.length ? { lo: Math.min(...rs.map((r) => r[0])), hi: Math.max(...rs.map((r) => r[1])) } : null;
}

/** Longest reach of an event (a year-precise date): bounds the range scan of the blocking query. */
const MAX_REACH = 800;

async function queryCandidates(tx: Queryable, lo: number, hi: number): Promise<{ id: string; signature: unknown }[]> {
  return tx.query(
    `select id, signature from events where reach_lo between $1::int - ${MAX_REACH} and $2::int and reach_hi >= $1::int and article_count > 0`,
    [lo, hi]);
}

export class DbMergeIndex implements MergeIndex {
  async addTerms(tx: Queryable, terms: string[], delta: 1 | -1): Promise<TermStats> {
    if (delta < 0) {
      await tx.query('update term_df set df = greatest(0, df - 1) where term = any($1::text[])', [terms]);
      await tx.query(`update corpus_stats set value = greatest(0, value - 1) where name = 'articles'`);
      return { n: 0, df: new Map() };
    }
    const [{ value }] = await tx.query<{ value: number | string }>(
      `insert into corpus_stats (name, value) values ('articles', 1) on conflict (name) do update set value = corpus_stats.value + 1 returning value`);
    const rows = await tx.query<{ term: string; df: number }>(
      `insert into term_df (term, df) select t, 1 from unnest($1::text[]) as t on conflict (term) do update set df = term_df.df + 1 returning term, df`, [terms]);
    return { n: Number(value), df: new Map(rows.map((r) => [r.term, r.df])) };
  }

  async candidates(tx: Queryable, sigs: ReportSignature[]): Promise<Candidate[]> {
    const w = windowOf(sigs);
    const rows = w ? await queryCandidates(tx, w.lo, w.hi) : [];
    if (sigs.some((s) => !reach(s))) rows.push(...await tx.query<{ id: string; signature: unknown }>('select id, signature from events where reach_lo is null and article_count > 0 limit 500'));
    return rows.map((r) => ({ id: r.id, sig: json<EventSignature>(r.signature) }));
  }

  eventChanged(): void {}
  beginArticle(): void {}
  async flush(): Promise<void> {}
  rolledBack(): void {}
}

const CHUNK = 32;

export class MemoryMergeIndex implements MergeIndex {
  private df: Map<string, number> | null = null;
  private n = 0;
  /** Term count changes not yet written, for the batch. */
  private pending = new Map<string, number>();
  private pendingN = 0;
  /** Changes of the article in hand, undone if its savepoint rolls back. */
  private articleDelta: { terms: string[]; delta: number }[] = [];
  private events = new Map<string, EventSignature>();
  private chunks = new Map<number, Set<string>>();
  private undated: Set<string> | null = null;

  private async loadTerms(tx: Queryable): Promise<Map<string, number>> {
    if (this.df) return this.df;
    const rows = await tx.query<{ term: string; df: number }>('select term, df from term_df where df > 0');
    const n = await tx.query<{ value: number | string }>(`select value from corpus_stats where name = 'articles'`);
    this.df = new Map(rows.map((r) => [r.term, r.df]));
    this.n = Number(n[0]?.value ?? 0);
    return this.df;
  }

  async addTerms(tx: Queryable, terms: string[], delta: 1 | -1): Promise<TermStats> {
    const df = await this.loadTerms(tx);
    for (const t of terms) {
      df.set(t, Math.max(0, (df.get(t) ?? 0) + delta));
      this.pending.set(t, (this.pending.get(t) ?? 0) + delta);
    }
    this.n = Math.max(0, this.n + delta);
    this.pendingN += delta;
    this.articleDelta.push({ terms, delta });
    return { n: this.n, df };
  }

  private async loadChunk(tx: Queryable, c: number): Promise<Set<string>> {
    let set = this.chunks.get(c);
    if (set) return set;
    set = new Set();
    this.chunks.set(c, set);
    for (const r of await queryCandidates(tx, c * CHUNK, c * CHUNK + CHUNK - 1)) {
      if (!this.events.has(r.id)) this.events.set(r.id, json<EventSignature>(r.signature));
      set.add(r.id);
    }
    return set;
  }

  async candidates(tx: Queryable, sigs: ReportSignature[]): Promise<Candidate[]> {
    const ids = new Set<string>();
    const w = windowOf(sigs);
    if (w) {
      for (let c = Math.floor(w.lo / CHUNK); c <= Math.floor(w.hi / CHUNK); c++) {
        for (const id of await this.loadChunk(tx, c)) {
          const r = reach(this.events.get(id)!);
          if (r && r[0] <= w.hi && r[1] >= w.lo) ids.add(id);
        }
      }
    }
    if (sigs.some((s) => !reach(s))) {
      if (!this.undated) {
        this.undated = new Set();
        for (const r of await tx.query<{ id: string; signature: unknown }>('select id, signature from events where reach_lo is null and article_count > 0')) {
          this.events.set(r.id, json<EventSignature>(r.signature));
          this.undated.add(r.id);
        }
      }
      for (const id of this.undated) ids.add(id);
    }
    return [...ids].map((id) => ({ id, sig: this.events.get(id)! }));
  }

  eventChanged(id: string, sig: EventSignature | null): void {
    for (const set of this.chunks.values()) set.delete(id);
    this.undated?.delete(id);
    this.events.delete(id);
    if (!sig) return;
    this.events.set(id, sig);
    const r = reach(sig);
    if (!r) {
      this.undated?.add(id);
      return;
    }
    // Only chunks already loaded are kept up to date; the others read the event from the database when loaded.
    for (let c = Math.floor(r[0] / CHUNK); c <= Math.floor(r[1] / CHUNK); c++) this.chunks.get(c)?.add(id);
  }

  /** Marks the start of an article: its changes can be undone alone. */
  beginArticle(): void {
    this.articleDelta = [];
  }

  async flush(tx: Queryable): Promise<void> {
    const terms = [...this.pending.entries()].filter(([, d]) => d !== 0);
    if (terms.length) {
      await tx.query(
        `insert into term_df (term, df) select t, d from unnest($1::text[], $2::int[]) as x(t, d)
         on conflict (term) do update set df = greatest(0, term_df.df + excluded.df)`,
        [terms.map(([t]) => t), terms.map(([, d]) => d)]);
    }
    if (this.pendingN !== 0) {
      await tx.query(`insert into corpus_stats (name, value) values ('articles', greatest(0, $1::bigint))
        on conflict (name) do update set value = greatest(0, corpus_stats.value + $1::bigint)`, [this.pendingN]);
    }
    this.pending.clear();
    this.pendingN = 0;
  }

  rolledBack(scope: 'article' | 'batch'): void {
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
    this.events.clear();
    this.chunks.clear();
    this.undated = null;
  }
}
