import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import type { Claim } from '../src/record/schema.ts';

// Who asserts a figure (issue 14, item 1), through the whole pipeline. Every sentence was written for
// these tests in the style of wire copy from several wars; none is quoted from a report.

function claimsOf(text: string, published = '2023-05-10'): Claim[] {
  const events = processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
  return events.flatMap((e) => e.claims);
}

/** The claim of `low` people with this outcome (fails when there is none). */
function figure(text: string, outcome: string, low: number, published?: string): Claim {
  const cs = claimsOf(text, published);
  const c = cs.find((x) => x.outcome === outcome && x.low === low);
  assert.ok(c, `no ${outcome} ${low} among ${cs.map((x) => `${x.outcome} ${x.low}`).join(', ')}`);
  return c;
}

const by = (c: Claim) => c.claimedBy?.name ?? null;

test('a named person with a role in apposition is the claimant, with the country the role names', () => {
  const c = figure('Tigran Avetisyan, deputy commander of the Armenian army, said 16 soldiers were killed in the shelling overnight.', 'killed', 16);
  assert.match(by(c)!, /^Tigran Avetisyan, deputy commander of the Armenian army$/);
  assert.equal(c.claimedBy?.country, 'ARM');
  assert.equal(c.claimedBy?.kind, 'official');
});

test('a role without a name after the name: "X, a spokesman for Y said"', () => {
  const c = figure('Heavy shelling hit the district overnight, Oleh Marchenko, a spokesman for Ukraine\'s southern command said. Four soldiers were wounded, Marchenko said.', 'wounded', 4);
  assert.match(by(c)!, /Oleh Marchenko, spokesman for Ukraine's southern command/);
  assert.equal(c.claimedBy?.country, 'UKR', 'the surname refers back to the full name and its side');
});

test('inverted attribution: "…, the ministry said" and "…, said police"', () => {
  const a = figure('Nine Azerbaijani servicemen were killed in the fighting near the border, the Azerbaijani defence ministry said.', 'killed', 9);
  assert.equal(a.claimedBy?.country, 'AZE');
  assert.equal(by(a), 'Ministry of Defence of Azerbaijan', "a state's body by its canonical name, as the events' actors");
  const b = figure('Two gunmen were shot dead at a checkpoint outside Mogadishu, said police.', 'killed', 2);
  assert.match(by(b)!, /police/i);
});

test('an inverted verb whose object is the news is no source: "the commander said the rebels lost 40 men"', () => {
  const c = figure('Amadou Diallo, a commander of the Malian army, said the jihadists were routed and 40 of their fighters were killed.', 'killed', 40);
  assert.match(by(c)!, /Amadou Diallo/);
  assert.notEqual(c.claimedBy?.name, 'jihadists');
});

test('sources the lexicons do not name keep the text\'s words: officials, military sources, the high command', () => {
  assert.match(by(figure('About 30 people were killed in the air raid on the market, local officials said.', 'killed', 30))!, /officials/);
  assert.match(by(figure('At least 12 soldiers died in the ambush in Kachin state, military sources said.', 'killed', 12))!, /military sources/);
  const c = figure("In its first casualty list of the offensive, Sudan's army high command said 58 of its soldiers were killed.", 'killed', 58);
  assert.match(by(c)!, /high command/);
  assert.equal(c.claimedBy?.country, 'SDN');
});

test('"according to X" and "citing X"', () => {
  const a = figure('Eleven civilians were killed when a drone struck a wedding party in Marib, according to the Yemeni interior ministry.', 'killed', 11);
  assert.equal(a.claimedBy?.country, 'YEM');
  const b = figure('Twenty-two fighters were killed in clashes near Idlib, citing the Syrian Observatory for Human Rights.', 'killed', 22);
  assert.match(by(b)!, /Syrian Observatory/);
});

test('"X told AFP": X claims, the agency relays', () => {
  const c = figure("'At least 15 of our men are missing,' a senior Somali army officer told AFP.", 'missing', 15);
  assert.match(by(c)!, /senior Somali army officer/);
  assert.equal(c.claimedBy?.country, 'SOM');
  assert.equal(c.reportedBy?.name, 'AFP');
});

test('a state news agency alone is the claimant for its state; a wire agency relays another voice', () => {
  const a = figure('Iranian forces killed 1,200 enemy troops east of the city, the official IRNA news agency said.', 'killed', 1200);
  assert.equal(a.claimedBy?.name, 'IRNA');
  assert.equal(a.claimedBy?.country, 'IRN');
  assert.equal(a.reportedBy, null);
  const b = figure('The Ethiopian army said 300 rebels were killed in the offensive, Reuters reported.', 'killed', 300);
  assert.equal(b.claimedBy?.country, 'ETH');
  assert.equal(b.reportedBy?.name, 'Reuters');
});

test('"Y quoted X as saying": X claims, Y relays', () => {
  const c = figure('State television quoted a Burmese army colonel as saying 25 insurgents had been killed.', 'killed', 25);
  assert.match(by(c)!, /colonel/);
  assert.equal(c.claimedBy?.country, 'MMR');
});

test('a spokesman for X: X\'s country, the person kept in the name', () => {
  const c = figure('Seven militants were killed in the raid, a spokesman for the Nigerian army said.', 'killed', 7);
  assert.match(by(c)!, /spokesman for the Nigerian army/);
  assert.equal(c.claimedBy?.country, 'NGA');
});

test('pronouns and "the agency" refer back over the previous sentences', () => {
  const text = 'The Sudanese army said on Sunday its troops had repelled an attack on El Fasher. '
    + 'The fighting lasted six hours. It said 45 attackers were killed.';
  const c = figure(text, 'killed', 45);
  assert.equal(c.claimedBy?.country, 'SDN');
  const agency = 'Tehran\'s IRNA news agency said the offensive continued overnight. The agency said at least 2,000 enemy troops had been captured.';
  assert.equal(figure(agency, 'captured', 2000).claimedBy?.name, 'IRNA');
  const he = 'Colonel Jean Mbeki, a spokesman for the Central African army, described the attack. Three soldiers were wounded, he said.';
  assert.match(by(figure(he, 'wounded', 3))!, /Jean Mbeki/);
});

test('a quotation continued in the next sentence keeps its speaker; a new unattributed sentence does not', () => {
  const text = 'Governor Serhiy Lysak said: "The strike hit a residential block. Five people were killed and nine wounded." '
    + 'Rescue work continued into the night. Two more bodies were found later.';
  assert.match(by(figure(text, 'killed', 5))!, /Serhiy Lysak/);
  assert.equal(by(figure(text, 'killed', 2)), null);
});

test('a source inside a relative or subordinate clause speaks only for that clause', () => {
  const a = figure('Four people died in the blast, which President Mahamat said was an attempt on his life.', 'killed', 4);
  assert.equal(a.claimedBy, null);
  const b = figure('While the rebels claimed no ethnic motive, a wave of reprisals left more than 60 people dead.', 'killed', 60);
  assert.equal(b.claimedBy, null);
});

test('"claimed responsibility" and "claimed N lives" are no attribution', () => {
  const a = figure('Al-Shabab claimed responsibility for the bombing, which killed 14 people in Baidoa.', 'killed', 14);
  assert.equal(a.claimedBy, null);
  const b = figure('The attack claimed 23 lives in the village of Djibo.', 'killed', 23);
  assert.equal(b.claimedBy, null);
});

test('an estimate or order by a body: the body is the claimant', () => {
  const c = figure('An estimate by the Armed Conflict Monitoring Project said 3,400 fighters were killed in the offensive.', 'killed', 3400);
  assert.match(by(c)!, /Armed Conflict Monitoring Project/);
});

test('two claimants in one sentence each keep their own figure', () => {
  const text = 'Armenia said 49 of its soldiers were killed, while Azerbaijan said 50 of its servicemen died.';
  assert.equal(figure(text, 'killed', 49).claimedBy?.country, 'ARM');
  assert.equal(figure(text, 'killed', 50).claimedBy?.country, 'AZE');
});

test('a denial in a source\'s own words is that source\'s figure of 0: "We have no losses"', () => {
  const text = "On Sunday, Dmytro Kovalenko, the regional police chief, said the checkpoint was 'fully under control', adding 'The attackers suffered heavy losses. We have no losses.'";
  const c = figure(text, 'killed', 0);
  assert.equal(c.negated, true);
  assert.match(by(c)!, /Dmytro Kovalenko/, 'a single-quoted quotation continued in the next sentence keeps its speaker');
});

test('a full name with an apposition the lexicon does not know still speaks; a date before the comma does not', () => {
  assert.match(by(figure('Halima Yusuf, the camp coordinator, said 17 villagers were killed in the raid.', 'killed', 17))!, /Halima Yusuf/);
  assert.equal(figure('On Friday, the day of the market, 8 traders were killed in the raid.', 'killed', 8).claimedBy, null);
});

test('"it said" in a later clause refers to the sentence\'s subject state, not to an earlier sentence\'s outlet', () => {
  const text = 'The BBC Russian service has counted 186,000 Russian soldiers killed, it reported this month. '
    + 'Russia last published its own toll in September 2022, when it said 5,937 of its servicemen had been killed.';
  const ev = processArticle({ id: 't', title: null, url: null, published: '2026-02-23', outlet: null, byline: null, text });
  const c = ev.flatMap((e) => e.claims).find((x) => x.low === 5937);
  assert.ok(c);
  assert.equal(c.claimedBy?.name, 'Russia');
  assert.equal(c.party.country, 'RUS');
  const bbc = ev.flatMap((e) => e.claims).find((x) => x.low === 186000);
  assert.match(bbc?.claimedBy?.name ?? '', /BBC/, 'an outlet that is the subject keeps its own "it reported"');
});

test('relatives, families, survivors and activists are sources in the people\'s own voice (Myanmar, Syria)', () => {
  for (const [text, who] of [
    ['Two protesters were shot dead in Monywa on Sunday, their families said.', /families/],
    ['At least nine people died when the shelter collapsed under the strikes, survivors said.', /survivors/],
  ] as const) {
    const ev = processArticle({ id: 't', title: null, url: null, published: '2021-03-28', outlet: null, byline: null, text });
    const c = ev.flatMap((e) => e.claims)[0];
    assert.match(c?.claimedBy?.name ?? '', who, text);
  }
});

test('a role first, the name in apposition after it, then the verb ("The region\'s ombudsman, Artak Beglaryan, said")', () => {
  const c = figure("The region's human rights ombudsman, Artak Beglaryan, said 37 civilians had been killed.", 'killed', 37, '2020-10-19');
  assert.equal(by(c), "Artak Beglaryan, region's human rights ombudsman");
  const d = figure("Kenya's police spokesman, Charles Owino, said four people were killed in the raid.", 'killed', 4, '2017-08-10');
  assert.equal(by(d), "Charles Owino, Kenya's police spokesman");
  assert.equal(d.claimedBy?.country, 'KEN');
});

test('a second predicate of the sentence\'s subject ("Azerbaijan has not disclosed its losses but says …")', () => {
  const c = figure('Azerbaijan has not disclosed its military losses but says 73 civilians have been killed.', 'killed', 73, '2020-10-19');
  assert.equal(c.claimedBy?.country, 'AZE');
  assert.equal(by(figure('Mali\'s army gave no details of the raid and said 11 soldiers were killed.', 'killed', 11, '2022-03-05')), 'Military Forces of Mali');
});

test('monitors, observers and investigators are voices ("OSCE monitors said", "UN investigators said"), and not the fighting\'s actors', () => {
  assert.equal(by(figure('OSCE monitors said three civilians were killed by shelling near the contact line.', 'killed', 3, '2019-03-02')), 'OSCE monitors');
  assert.equal(by(figure('UN investigators said 12 civilians were executed in the village.', 'killed', 12, '2023-02-02')), 'UN investigators');
  const ev = processArticle({ id: 't', title: null, url: null, published: '2019-03-02', outlet: null, byline: null, text: 'OSCE monitors recorded 40 explosions and 120 bursts of small-arms fire near the village.' })[0]!;
  assert.notEqual(ev.actor1?.name, 'OSCE');
});

test('", saying N …" after a claim of responsibility: the claimant is the sentence\'s subject (Afghanistan)', () => {
  assert.equal(by(figure('The Taliban claimed responsibility for the attack, saying 30 soldiers had been killed.', 'killed', 30, '2019-03-10')), 'Taliban');
});

test('"according to a UN report released in February": the report\'s author', () => {
  assert.equal(by(figure('In all, 3,804 civilians were killed last year, according to a United Nations report released in February.', 'killed', 3804, '2019-03-10')), 'United Nations');
});

test('"put the toll at nine police officers dead": one figure, of the people named (Afghanistan)', () => {
  const cs = claimsOf('The Taliban said 30 soldiers had been killed. The interior ministry put the toll at nine police officers dead and four wounded.', '2019-03-10');
  assert.deepEqual(cs.filter((c) => c.low === 9).map((c) => c.party.kind), ['police']);
});

test('"…, when it said N were killed": the one voice whose clause holds the figure claims it (Ethiopia, Israel, Nigeria)', () => {
  for (const [text, who] of [
    ['Ethiopia last gave a toll in March, when it said 300 rebels had been killed.', 'Ethiopia'],
    ['Israel updated its figures on Friday, when it said 12 soldiers had died in Gaza.', 'Israel'],
    ["Nigeria's army gave its figures on Monday, when it said 20 bandits were killed.", 'Military Forces of Nigeria'],
  ] as const) {
    const ev = processArticle({ id: 't', title: null, url: null, published: '2024-01-01', outlet: null, byline: null, text });
    assert.equal(ev.flatMap((e) => e.claims)[0]?.claimedBy?.name, who, text);
  }
});
