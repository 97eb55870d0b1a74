/** Records and databases for the storage, merging and export tests (not a test file itself). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Article, Claim, Event, Place } from '../src/record/schema.ts';
import { tempDir } from './helpers.ts';

export interface Backend { name: string; spec: () => string; cleanup: (spec: string) => Promise<void> }

/** PGlite always; a PostgreSQL server too when FOGWATCH_TEST_PG is set (.ci/postgres.sh). Each test gets its own schema there. */
export function backends(): Backend[] {
  const out: Backend[] = [{ name: 'pglite', spec: () => tempDir('fogwatch-store-'), cleanup: async () => {} }];
  const url = process.env.FOGWATCH_TEST_PG;
  if (url) {
    out.push({
      name: 'postgres',
      spec: () => `${url}${url.includes('?') ? '&' : '?'}schema=fw_test_${randomBytes(5).toString('hex')}`,
      cleanup: async (spec) => {
        const u = new URL(spec);
        const schema = u.searchParams.get('schema')!;
        u.searchParams.delete('schema');
        const c = new pg.Client({ connectionString: u.toString() });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    });
  }
  return out;
}

export function article(id: string, text: string, over: Partial<Article> = {}): Article {
  return { id, title: text.split('.')[0].slice(0, 80), url: null, published: '2021-11-17', outlet: 'Test Wire', byline: null, text, ...over };
}

export const SOTK: Place = { name: 'Sotk', admin1: 'Gegharkunik', country: 'Armenia', iso3: 'ARM', latitude: 40.2, longitude: 45.93, precision: 2 };
export const DAYTON: Place = { name: 'Dayton', admin1: 'Ohio', country: 'United States', iso3: 'USA', latitude: 39.76, longitude: -84.19, precision: 1 };
export const FRESNO: Place = { name: 'Fresno', admin1: 'California', country: 'United States', iso3: 'USA', latitude: 36.74, longitude: -119.79, precision: 1 };

export function claim(text: string, over: Partial<Claim>): Claim {
  return {
    outcome: 'killed', low: 1, high: 1, qualifier: 'exact',
    party: { name: 'people', kind: 'unknown', country: null }, claimedBy: null, reportedBy: null,
    quote: { text, start: 0, end: text.length }, ...over,
  };
}

const empty = { low: null, best: null, high: null };

export function event(over: Partial<Event> = {}): Event {
  return {
    id: 'e0', eventType: 'Violence against civilians', subEventType: 'Attack', background: false,
    date: { start: '2016-05-14', end: '2016-05-14', precision: 1 }, location: DAYTON,
    actor1: null, actor2: null, associatedActors: [], claims: [],
    totals: { killed: empty, wounded: empty, missing: empty, captured: empty }, fatalities: null,
    evidence: [], articles: [], ...over,
  };
}
