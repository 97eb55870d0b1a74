import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseEvent, scoreMatch, type TermStats } from '../src/resolve/match.ts';
import { mergeReports } from '../src/resolve/merge.ts';
import { contradictionsOf, totalsOf } from '../src/resolve/reconcile.ts';
import { eventSignature, reportSignature } from '../src/resolve/signature.ts';
import { extractTerms } from '../src/resolve/terms.ts';
import { article, claim, DAYTON, event, FRESNO, SOTK } from './store-fixtures.ts';

/** Frequencies as if a few hundred reports of a city's news had been stored: the city, "avenue" and "dead" are common. */
function corpus(...texts: string[]): TermStats {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of extractTerms(null, t)) df.set(term, (df.get(term) ?? 0) + 1);
  for (const common of ['police', 'officers', 'w:shooting', 'w:police', 'w:shot', 'w:killed', 'man', 'w:woman', 'w:dead', 'dayton', 'w:dayton', 'avenue', 'w:avenue']) df.set(common, 120);
  return { n: 300, df };
}

const hollin1 = article('h1', 'Marcus Hollin, 37, was shot dead on Wayne Avenue in Dayton late Saturday, police said.', { title: 'Man shot dead on Wayne Avenue in Dayton', published: '2016-05-15' });
const hollin2 = article('h2', 'Dayton police on Monday named the man killed on Wayne Avenue as Marcus Hollin, 37.', { title: 'Police name Wayne Avenue shooting victim', published: '2016-05-16' });
const other = article('o1', 'A woman was shot dead in her car on Salem Avenue in Dayton on Saturday, police said.', { title: 'Woman shot dead in car on Salem Avenue', published: '2016-05-15' });

test('the headline loses its outlet; names, pairs, ages and blocks become terms', () => {
  const t = extractTerms('Man shot dead on Wayne Avenue in Dayton - WDTN.com, Dayton News, Weather', 'Marcus Hollin, 37, died in the 1400 block of Wayne Avenue. Officers said a 22-year-old was held.');
  for (const want of ['marcus hollin', 'hollin', 'wayne avenue', 'age:37', 'age:22', 'block:1400', 'w:wayne']) assert.ok(t.includes(want), `missing ${want}: ${t.join(', ')}`);
  assert.ok(!t.includes('wdtn.com') && !t.includes('weather'), 'outlet words are left out');
  assert.ok(!t.includes('officers'), 'a capitalized word at the start of a sentence is not a name');
});

test('two reports of one shooting score above the threshold; another shooting the same day in the same city does not', () => {
  const stats = corpus(hollin1.text, hollin2.text, other.text);
  const ev = event({ claims: [claim('was shot dead', {})], totals: { ...event().totals, killed: { low: 1, best: 1, high: 1 } } });
  const e1 = eventSignature([reportSignature(hollin1, ev)]);
  const same = chooseEvent(reportSignature(hollin2, ev), [{ id: 'E1', sig: e1 }], stats);
  assert.ok(same, 'the follow-up joins the event');
  const diff = chooseEvent(reportSignature(other, ev), [{ id: 'E1', sig: e1 }], stats);
  assert.equal(diff, null, 'another shooting starts its own event');
});

test('place and date disagreement count against; too far apart in time is never one event', () => {
  const stats = corpus(hollin1.text, hollin2.text);
  const e1 = eventSignature([reportSignature(hollin1, event())]);
  const far = scoreMatch(reportSignature(hollin2, event({ location: FRESNO })), e1, stats);
  const near = scoreMatch(reportSignature(hollin2, event()), e1, stats);
  assert.ok(far.score < near.score);
  assert.ok((far.parts.place ?? 0) < 0);
  const later = scoreMatch(reportSignature({ ...hollin2, published: '2016-08-20' }, event({ date: { start: '2016-08-19', end: '2016-08-19', precision: 1 } })), e1, stats);
  assert.equal(later.vetoed, 'date');
});

test('a background event never absorbs a current one, nor the reverse', () => {
  const stats = corpus(hollin1.text);
  const bg = eventSignature([reportSignature(hollin1, event({ background: true }))]);
  assert.equal(scoreMatch(reportSignature(hollin1, event()), bg, stats).vetoed, 'background');
});

const armDead = claim('15 servicemen were killed', { low: 15, high: 15, party: { name: 'Armenian soldiers', kind: 'military', country: 'ARM' }, claimedBy: { name: 'Armenian defence ministry', kind: 'military', country: 'ARM' } });
const armDeadAze = claim('over 300 Armenian soldiers were destroyed', { low: 300, high: null, qualifier: 'at_least', party: { name: 'Armenian soldiers', kind: 'military', country: 'ARM' }, claimedBy: { name: 'Azerbaijani defence ministry', kind: 'military', country: 'AZE' } });
const azeDead = claim('seven of its soldiers had died', { low: 7, high: 7, party: { name: 'Azerbaijani soldiers', kind: 'military', country: 'AZE' }, claimedBy: { name: 'Baku', kind: 'government', country: 'AZE' } });

test('totals: conservative takes the lowest claimant, best prefers the median of unhedged claims; parties add up', () => {
  const c = totalsOf([armDead, armDeadAze, azeDead], 'conservative');
  assert.deepEqual(c.killed, { low: 22, best: 22, high: null });
  const b = totalsOf([armDead, armDeadAze, azeDead], 'best');
  assert.equal(b.killed.best, 22);
  const three = [claim('a', { low: 4, high: 4, claimedBy: { name: 'police', kind: 'police', country: null } }), claim('b', { low: 6, high: 6, claimedBy: { name: 'hospital', kind: 'organization', country: null } }), claim('c', { low: 9, high: 9, claimedBy: { name: 'witnesses', kind: 'civilians', country: null } })];
  assert.equal(totalsOf(three, 'conservative').killed.best, 4);
  assert.equal(totalsOf(three, 'best').killed.best, 6);
  // A denial is a zero; a running total supersedes its claimant's earlier figure.
  assert.equal(totalsOf([claim('no one was hurt', { outcome: 'wounded', low: 0, high: 0, negated: true })], 'conservative').wounded.best, 0);
  assert.equal(totalsOf([claim('2 dead', { low: 2, high: 2 }), claim('toll rose to 5', { low: 5, high: 5, runningTotal: true }), claim('3 dead', { low: 3, high: 3 })], 'conservative').killed.best, 5);
  // "12 people were killed" covers the 3 soldiers among them: not 15.
  assert.equal(totalsOf([claim('12 people', { low: 12, high: 12 }), claim('3 soldiers', { low: 3, high: 3, party: { name: 'soldiers', kind: 'military', country: null } })], 'conservative').killed.best, 12);
});

test('two claimants whose figures cannot both be true are flagged as a contradiction', () => {
  const cs = contradictionsOf([{ ...armDead, articleId: 'arm' }, { ...armDeadAze, articleId: 'aze' }, azeDead]);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].party, 'Armenian soldiers');
  assert.equal(cs[0].outcome, 'killed');
  assert.deepEqual(cs[0].claims.map((c) => c.articleId).sort(), ['arm', 'aze']);
  assert.match(cs[0].note, /Armenian defence ministry says 15.*Azerbaijani defence ministry says at least 300/);
  // Close figures are not a contradiction: 7 and 8 within the tolerance, "at least 5" against 9.
  assert.equal(contradictionsOf([claim('x', { low: 7, high: 7, claimedBy: { name: 'A', kind: 'government', country: null } }), claim('y', { low: 8, high: 8, claimedBy: { name: 'B', kind: 'government', country: null } })]).length, 0);
});

test('the merged event takes the most precise date and place, lists every article and every claim', () => {
  const vague = event({ date: { start: '2021-11-01', end: '2021-11-30', precision: 4 }, location: { ...SOTK, name: 'Gegharkunik', precision: 4, latitude: 40.3, longitude: 45.3 }, claims: [azeDead] });
  const exact = event({ eventType: 'Battles', subEventType: 'Armed clash', date: { start: '2021-11-16', end: '2021-11-16', precision: 1 }, location: SOTK, claims: [armDead] });
  const exact2 = { ...exact, claims: [armDeadAze] };
  const m = mergeReports('E', [{ articleId: 'a', event: vague }, { articleId: 'b', event: exact }, { articleId: 'c', event: exact2 }],
    [{ ...azeDead, articleId: 'a' }, { ...armDead, articleId: 'b' }, { ...armDeadAze, articleId: 'c' }]);
  assert.equal(m.date.start, '2021-11-16');
  assert.equal(m.location?.name, 'Sotk');
  assert.equal(m.subEventType, 'Armed clash');
  assert.deepEqual(m.articles, ['a', 'b', 'c']);
  assert.equal(m.claims.length, 3);
  assert.equal(m.fatalities, 22);
  assert.equal(m.contradictions?.length, 1);
});
