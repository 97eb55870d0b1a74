/**
 * Places, stop 40: a note's field of place, ...
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
