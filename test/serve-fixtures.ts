/**
 * Hand-built articles and events for the API tests: the records the pipeline would give, written
 * out, so these tests check the HTTP layer and the store whatever the extractor does today.
 */

import { join } from 'node:path';
import { open } from '../src/store/index.ts';
import type { Store } from '../src/store/types.ts';
import { startServer, type RunningServer, type ServeOptions } from '../src/serve/server.ts';
import type { Actor, Article, Claim, Event, Party, Span } from '../src/record/schema.ts';
import { tempDir } from './helpers.ts';

export function span(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return { text: phrase, start, end: start + phrase.length };
}

const ARM_MIL: Actor = { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM', inter: 1 };
const AZE_MIL: Actor = { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE', inter: 1 };
const armParty: Party = { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM' };
const azeParty: Party = { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE' };
const armMod: Party = { name: "Armenia's defence ministry", kind: 'government', country: 'ARM' };
const azeMod: Party = { name: "Azerbaijan's defence ministry", kind: 'government', country: 'AZE' };

function claim(text: string, quote: string, c: Omit<Claim, 'quote' | 'reportedBy'>): Claim {
  return { ...c, reportedBy: null, quote: span(text, quote) };
}

function clashEvent(text: string, evidence: string, claims: Claim[]): Event {
  const killedLow = claims.filter((c) => c.outcome === 'killed').reduce((s, c) => s + (c.low ?? 0), 0);
  return {
    id: 'x',
    eventType: 'Battles',
    subEventType: 'Armed clash',
    background: false,
    date: { start: '2021-11-16', end: '2021-11-16', precision: 1 },
    location: { name: 'Black Lake', admin1: 'Syunik', country: 'Armenia', iso3: 'ARM', latitude: 39.62, longitude: 46.07, precision: 2 },
    actor1: AZE_MIL,
    actor2: ARM_MIL,
    associatedActors: [],
    claims,
    totals: {
      killed: { low: killedLow, best: killedLow, high: killedLow },
      wounded: { low: null, best: null, high: null },
      missing: { low: null, best: null, high: null },
      captured: { low: null, best: null, high: null },
    },
    fatalities: killedLow,
    evidence: [span(text, evidence)],
    articles: [],
  };
}

const yerevanText =
  "Azerbaijani troops attacked Armenian positions near the Black Lake in Syunik on Tuesday, Armenia's defence ministry said.\n\n" +
  "The ministry said one Armenian soldier was killed. It said Azerbaijan lost at least 15 soldiers in the fighting.";
const bakuText =
  "Azerbaijan's defence ministry said on Tuesday that its forces repelled an Armenian attack near the Black Lake.\n\n" +
  'It said seven Azerbaijani soldiers were killed and ten were wounded.';

export const yerevanArticle: Article = {
  id: 'test-clash-yerevan', title: 'Armenia reports attack near the Black Lake', url: null, published: '2021-11-16',
  outlet: 'Test desk (Yerevan)', byline: null, text: yerevanText,
};
export const bakuArticle: Article = {
  id: 'test-clash-baku', title: 'Baku says Armenian attack repelled', url: null, published: '2021-11-16',
  outlet: 'Test desk (Baku)', byline: null, text: bakuText,
};

export const yerevanEvents: Event[] = [clashEvent(yerevanText, 'Azerbaijani troops attacked Armenian positions near the Black Lake', [
  claim(yerevanText, 'one Armenian soldier was killed', { outcome: 'killed', low: 1, high: 1, qualifier: 'exact', party: armParty, claimedBy: armMod }),
  claim(yerevanText, 'Azerbaijan lost at least 15 soldiers', { outcome: 'killed', low: 15, high: null, qualifier: 'at_least', party: azeParty, claimedBy: armMod }),
])];
export const bakuEvents: Event[] = [clashEvent(bakuText, 'its forces repelled an Armenian attack near the Black Lake', [
  claim(bakuText, 'seven Azerbaijani soldiers were killed', { outcome: 'killed', low: 7, high: 7, qualifier: 'exact', party: azeParty, claimedBy: azeMod }),
  claim(bakuText, 'ten were wounded', { outcome: 'wounded', low: 10, high: 10, qualifier: 'exact', party: azeParty, claimedBy: azeMod }),
])];

/** An unrelated protest in another country and year, for filters. */
const nairobiText = 'Police fired tear gas at protesters outside parliament in Nairobi on Tuesday. Two people were killed, a rights group said.';
export const nairobiArticle: Article = {
  id: 'test-nairobi', title: 'Police disperse protest in Nairobi', url: null, published: '2024-06-25', outlet: 'Test desk (Nairobi)', byline: null, text: nairobiText,
};
export const nairobiEvents: Event[] = [{
  id: 'x', eventType: 'Protests', subEventType: 'Excessive force against protesters', background: false,
  date: { start: '2024-06-25', end: '2024-06-25', precision: 1 },
  location: { name: 'Nairobi', admin1: 'Nairobi', country: 'Kenya', iso3: 'KEN', latitude: -1.286, longitude: 36.817, precision: 1 },
  actor1: { name: 'Police Forces of Kenya', kind: 'police', country: 'KEN', inter: 1 },
  actor2: { name: 'Protesters (Kenya)', kind: 'protesters', country: 'KEN', inter: 6 },
  associatedActors: [],
  claims: [claim(nairobiText, 'Two people were killed', { outcome: 'killed', low: 2, high: 2, qualifier: 'exact', party: { name: 'Protesters (Kenya)', kind: 'protesters', country: 'KEN' }, claimedBy: { name: 'a rights group', kind: 'organization', country: null } })],
  totals: {
    killed: { low: 2, best: 2, high: 2 }, wounded: { low: null, best: null, high: null },
    missing: { low: null, best: null, high: null }, captured: { low: null, best: null, high: null },
  },
  fatalities: 2,
  evidence: [span(nairobiText, 'Police fired tear gas at protesters outside parliament in Nairobi')],
  articles: [],
}];

/** Text an attacker controls: markup that must come back, and be shown, as plain words. */
export const hostileText =
  'Shelling reported near the border <script>window.__pwned = 1</script> on Monday.\n\n' +
  'Officials said <img src=x onerror="window.__pwned = 2"> two soldiers were killed.';
export const hostileArticle: Article = {
  id: 'test-hostile', title: 'Report with <b>markup</b> <script>window.__pwned = 3</script>', url: null, published: '2022-09-13',
  outlet: 'Test desk <img src=x onerror="window.__pwned=4">', byline: null, text: hostileText,
};


export interface TestServer {
  store: Store;
  server: RunningServer;
  /** Base URL without the trailing slash. */
  base: string;
  close(): Promise<void>;
}

/** A fresh embedded store holding the fixture articles, served on a free loopback port. */
export async function fixtureServer(opts: Partial<ServeOptions> = {}, seed = true): Promise<TestServer> {
  const dir = tempDir('fogwatch-serve-');
  const store = await open(join(dir, 'db'));
  if (seed) {
    await store.ingestArticle(yerevanArticle, yerevanEvents);
    await store.ingestArticle(bakuArticle, bakuEvents);
    await store.ingestArticle(nairobiArticle, nairobiEvents);
    await store.ingestArticle(hostileArticle, []);
  }
  const server = await startServer({ store, port: 0, staticDir: null, log: () => {}, ...opts });
  return {
    store,
    server,
    base: server.url.replace(/\/$/, ''),
    async close() {
      await server.close();
      await store.close();
    },
  };
}
