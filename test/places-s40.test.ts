/**
 * Places, stop 40: a note's field of place, residents who speak, an office's race, 'Sub County', a town beside a border, holders after a hyphenated unknown name, a road of two towns, a unit told alone against a district abroad, a distance from a landmark, estates, a faith's name, the holder of an unknown place.
 * Sentences written for these tests, in the style of wire reports and coders' notes from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

// "LOCATION: X in Y District": a coder's field that gives the event's place speaks of the event
// wherever it stands, as "coded as X" does, even when the event's own sentence names another place
// (the attackers' home, a people named like a town).
const labelled: [string, string, string][] = [
  ['Raiders from Kapoeta attacked a cattle camp at dawn, killing four herders. LOCATION: Pibor in Jonglei (state capital = Bor).',
    'Raiders from Kapoeta attacked a cattle camp at dawn, killing four herders.', 'Jonglei'],
  ['Villagers clashed with herders from Mopti over a water point. Location: Niono cercle, Segou region.',
    'Villagers clashed with herders from Mopti over a water point.', 'Segou'],
];
for (const [text, evidence, admin1] of labelled) {
  test(`places s40: a note's LOCATION field places the event (${admin1})`, () => {
    const p = locate(text, { evidence });
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}

// "Residents of X said ...": the residents speak; the place is theirs, no government's voice.
for (const [text, name] of [
  ['Residents of Kismayo said gunmen had shot dead two traders at a checkpoint on Tuesday.', 'Kismayo'],
  ['Villagers of Kidal said armed men had burned their granaries overnight.', 'Kidal'],
] as const) {
  test(`places s40: residents of ${name} speak, the place stays theirs`, () => {
    assert.equal(locate(text)?.name, name, text);
  });
}

// "the Kano gubernatorial nomination", "the Nyeri governorship race": the office's jurisdiction, not
// where the event happened, when the text names another place.
for (const text of [
  'Supporters of a losing aspirant protested outside the party office in Kafanchan on April 9 over the outcome of the Kano gubernatorial nomination.',
  'Supporters of a losing aspirant protested outside the party office in Kafanchan on April 9 over the outcome of the Kano governorship nomination.',
]) {
  test(`places s40: an office's jurisdiction is not the event's place (${text.slice(-30)})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, 'Kaduna', `${text} -> ${p?.name}, ${p?.admin1}`);
  });
}

// "Mukono Sub County", "Kapchorwa Sub District": "sub" written apart from its designator, in
// capitals, is still the designator after the name; the name is whole, no fragment of a longer one.
test('places s40: a name before "Sub County" is whole, not a fragment', async () => {
  const { annotate } = await import('../src/annotate/doc.ts');
  const { articleMentions } = await import('../src/places/locate.ts');
  for (const [text, name] of [
    ['A suspected thief was lynched by a mob on Sunday in Kiwogozi, Mukono Sub County.', 'Mukono'],
    ['A mob lynched a suspected cattle thief near Kapchorwa Sub District offices on Sunday.', 'Kapchorwa'],
  ] as const) {
    const ctx = articleMentions(annotate({ id: 'a', title: null, url: null, published: null, outlet: null, byline: null, text }));
    const m = ctx.mentions.find((x) => x.m.text === name);
    assert.ok(m, `${name} found in: ${text}`);
    assert.ok(!m.m.fragment, `${name} is no fragment in: ${text}`);
  }
});

// "X, near the Y border": the border says where the town lies; the town is the place, and a
// namesake of the town far from that country is no reading of it.
test('places s40: a town near a border is the place, in the border\'s part of the world', () => {
  const p = locate('Militants ambushed an army patrol at Banki, near the Cameroonian border, killing three soldiers.');
  assert.equal(p?.country, 'Nigeria', `${p?.name}, ${p?.admin1}, ${p?.country}`);
  assert.equal(p?.admin1, 'Borno');
  assert.equal(locate('Soldiers clashed with smugglers at Zakho, near the Turkish border.')?.admin1, 'Dahuk');
});

// "X Y (X-Y, Z)": the parenthesis lists the holders of the whole name; its first item, a hyphenated
// word no table knows, leaves Z the place's holder, whose country rules out namesakes abroad of X.
test('places s40: the holders after a hyphenated unknown name hold the place', () => {
  const text = 'Suspected militants burned a school in Konna Peulh (Konna-Peulh, Seno) overnight.';
  const p = locate(text);
  assert.equal(p?.country, 'Burkina Faso', `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  assert.equal(p?.admin1, 'Sahel');
});

// "the A-B road" with no other place: two towns of one country at its ends are a place even when
// weakly placed (no preposition, "road in protest" after it): no capitalized accident abroad.
test('places s40: a road between two towns of one country is a place when nothing else is', () => {
  const text = 'Traders blocked the Gulu-Kitgum road in protest over poor roads. The protest disrupted traffic for three hours.';
  const p = locate(text, { evidence: 'Traders blocked the Gulu-Kitgum road in protest over poor roads.' });
  assert.equal(p?.country, 'Uganda', `${text} -> ${p?.name}, ${p?.admin1}`);
});

// A name that is, as spelled, a first-level unit of one country is that unit when told alone; a
// second-level unit of that name abroad is the reading only when the story gives its country.
for (const [text, admin1, country] of [
  ['Police in Arizona detained five men over a nightclub brawl.', 'Arizona', 'United States'],
  ['A mob beat a suspected thief to death in the village of Sehomi (Houeyogbe, Mono).', 'Mono', 'Benin'],
  ['Youths burned tyres in Mono on Friday to protest power cuts.', 'Mono', 'Benin'],
] as const) {
  test(`places s40: a first-level unit told alone beats a district abroad (${admin1}, ${country})`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
    assert.equal(p?.admin1, admin1);
  });
}

// "X, 50 km north of Y": a distance from a landmark, set off by a comma, says where X lies (as "X,
// a town 50 km north of Y" does); X is the place.
for (const [text, name] of [
  ['Gunmen attacked a checkpoint in Tarmiyah, 50 km north of Baghdad.', 'Aţ Ţārmīyah'],
  ['Rebels ambushed a convoy near Rutshuru, 70km north of Goma.', 'Rutshuru'],
] as const) {
  test(`places s40: a distance from a landmark leaves the place before it (${name})`, () => {
    assert.equal(locate(text)?.name, name, text);
  });
}

// "X estate": a housing estate named after a town (as "the X neighbourhood"), not the town; the
// place that holds it is where it lies.
for (const [text, admin1] of [
  ['Youths clashed with police in Nsawam estate, Kumasi.', 'Ashanti'],
  ['Police clashed with squatters in Moshi estate, Mwanza.', 'Mwanza'],
] as const) {
  test(`places s40: an estate named after a town lies where its holder is (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}`);
  });
}

// A church's or a faith's name ("the Lutheran Church", "Sunni worshippers") is no place, though a
// village abroad bears it.
test('places s40: a faith\'s name is no place', () => {
  for (const text of [
    'Members of the Lutheran Church marched on Sunday against the closure of a mission school.',
    'Sunni worshippers were attacked by a mob after Friday prayers.',
  ]) {
    const p = locate(text);
    assert.ok(!p || p.country === null || !['Germany', 'Italy'].includes(p.country), `${text} -> ${p?.name}, ${p?.country}`);
  }
});

// "in X, Y Province near the Mali border": X no table knows; its holder Y stands for it and takes
// its "in" (the border after Y only says where Y lies).
for (const [text, admin1] of [
  ['Gunmen attacked a gendarmerie post in Tiwiri, Loroum Province near the Mali border.', 'Nord'],
  ['Militants burned a customs office at Koumbri, Yatenga Province near the Mali border.', 'Nord'],
] as const) {
  test(`places s40: the holder of an unknown place takes its cue (${text.slice(0, 40)})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}
