import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GED_COLUMNS, priogridCell, ucdpRow, violenceType } from '../src/export/index.ts';
import type { Actor } from '../src/record/schema.ts';
import { ARM, AZE, clash, readCsv as read, run, stored } from './export-fixtures.ts';

// UCDP GED's columns in GED's order (GED codebook): the file must load where GED loads.
const GED_49 = ('id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,'
  + 'dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,'
  + 'source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,'
  + 'priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,'
  + 'best,high,low,gwnoa,gwnob').split(',');


test('UCDP CSV loads with a strict CSV reader: GED\'s 49 columns in GED\'s order, every field round-trips', async () => {
  assert.deepEqual([...GED_COLUMNS], GED_49);
  const e = clash();
  const rows = read((await run('ucdp-csv', [e])).text);
  assert.equal(rows.length, 1);
  assert.deepEqual(Object.keys(rows[0]), GED_49);
  const expected = ucdpRow(e, 'conservative');
  for (const c of GED_49) assert.equal(rows[0][c], String(expected[c as keyof typeof expected]), c);
});

test('UCDP CSV: sides, deaths by side, best/high/low in GED\'s order, outlets in source_office, claimants in source_original', async () => {
  const [r] = read((await run('ucdp-csv', [clash()])).text);
  assert.equal(r.type_of_violence, '1');
  assert.equal(r.side_a, 'Military Forces of Azerbaijan');
  assert.equal(r.side_b, 'Military Forces of Armenia');
  assert.equal(r.dyad_name, 'Military Forces of Azerbaijan - Military Forces of Armenia');
  assert.deepEqual([r.deaths_a, r.deaths_b, r.deaths_civilians, r.deaths_unknown], ['7', '15', '0', '0']);
  assert.deepEqual([r.best, r.high, r.low], ['22', '22', '22']);
  assert.equal(r.number_of_sources, '2');
  assert.equal(r.source_article, 'arm-1; aze-1');
  assert.equal(r.source_office, 'Armenpress; APA');
  assert.equal(r.source_original, 'Armenian defence ministry; Baku');
  assert.equal(r.where_prec, '2');
  assert.equal(r.where_coordinates, 'Sotk');
  assert.equal(r.where_description, 'near the village of Sotk');
  assert.equal(r.geom_wkt, 'POINT (45.93 40.2)');
  assert.equal(r.priogrid_gid, String(priogridCell(40.2, 45.93)));
  assert.deepEqual([r.date_prec, r.date_start, r.date_end, r.year], ['1', '2021-11-16', '2021-11-16', '2021']);
  // What only UCDP's own coding can give stays empty.
  for (const c of ['relid', 'active_year', 'code_status', 'conflict_dset_id', 'conflict_name', 'side_a_dset_id', 'country_id', 'region', 'event_clarity', 'gwnoa', 'gwnob']) assert.equal(r[c], '', c);
});

test('PRIO-GRID cells: numbered from 1 at 90°S 180°W, 720 to a row', () => {
  assert.equal(priogridCell(-90, -180), 1);
  assert.equal(priogridCell(-89.9, 179.9), 720);
  assert.equal(priogridCell(-89.4, -180), 721);
  assert.equal(priogridCell(10.51, 2.29), 145085);
  assert.equal(priogridCell(90, 180), 259200);
});

const STATE: Actor = { name: 'Military Forces of Mali', kind: 'military', country: 'MLI', inter: 1 };
const JIHADISTS: Actor = { name: 'JNIM', kind: 'rebel', country: 'MLI', inter: 2 };
const MILITIA: Actor = { name: 'Dozo militia', kind: 'identity_militia', country: 'MLI', inter: 4 };
const TYPES: { name: string; type: string; sub: string; actor1: Actor | null; actor2: Actor | null; expected: 1 | 2 | 3 | null }[] = [
  { name: 'fighting with state forces is state-based', type: 'Battles', sub: 'Armed clash', actor1: JIHADISTS, actor2: STATE, expected: 1 },
  { name: 'fighting between non-state groups is non-state', type: 'Battles', sub: 'Armed clash', actor1: JIHADISTS, actor2: MILITIA, expected: 2 },
  { name: 'a state\'s air strike is state-based', type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: STATE, actor2: JIHADISTS, expected: 1 },
  { name: 'an attack on civilians is one-sided', type: 'Violence against civilians', sub: 'Attack', actor1: JIHADISTS, actor2: null, expected: 3 },
  { name: 'lethal force against peaceful protesters is one-sided', type: 'Protests', sub: 'Excessive force against protesters', actor1: STATE, actor2: null, expected: 3 },
  { name: 'mob violence is non-state', type: 'Riots', sub: 'Mob violence', actor1: null, actor2: null, expected: 2 },
  { name: 'a peaceful protest is not GED\'s', type: 'Protests', sub: 'Peaceful protest', actor1: null, actor2: null, expected: null },
  { name: 'an arrest is not GED\'s', type: 'Strategic developments', sub: 'Arrests', actor1: STATE, actor2: null, expected: null },
  { name: 'talks are not GED\'s', type: 'Diplomacy', sub: 'Talks', actor1: STATE, actor2: JIHADISTS, expected: null },
];
for (const c of TYPES) {
  test(`UCDP type_of_violence: ${c.name}`, () => {
    assert.equal(violenceType(stored({ eventType: c.type, subEventType: c.sub, actor1: c.actor1, actor2: c.actor2 })), c.expected);
  });
}

test('UCDP CSV holds GED\'s events only: organised violence that killed someone; state on side_a, civilians on side_b', async () => {
  const events = [
    stored({ id: 'ev_ambush', eventType: 'Battles', subEventType: 'Armed clash', actor1: JIHADISTS, actor2: STATE }, 9),
    stored({ id: 'ev_massacre', eventType: 'Violence against civilians', subEventType: 'Attack', actor1: MILITIA }, 31),
    stored({ id: 'ev_no_dead', eventType: 'Battles', subEventType: 'Armed clash', actor1: JIHADISTS, actor2: STATE }, 0),
    stored({ id: 'ev_unknown_toll', eventType: 'Battles', subEventType: 'Armed clash', actor1: JIHADISTS, actor2: STATE }, null),
    stored({ id: 'ev_march', eventType: 'Protests', subEventType: 'Peaceful protest' }, null),
    stored({ id: 'ev_past', eventType: 'Battles', subEventType: 'Armed clash', actor1: STATE, actor2: JIHADISTS, background: true }, 4),
  ];
  const { text, summary } = await run('ucdp-csv', events);
  const rows = read(text);
  assert.deepEqual(rows.map((r) => r.id), ['ev_ambush', 'ev_massacre']);
  assert.deepEqual([rows[0].side_a, rows[0].side_b], ['Military Forces of Mali', 'JNIM'], 'the state is side_a');
  assert.deepEqual([rows[1].side_a, rows[1].side_b, rows[1].type_of_violence], ['Dozo militia', 'Civilians', '3']);
  assert.equal(rows[1].deaths_unknown, '31', 'a toll that names no side is unknown');
  assert.deepEqual([summary.notGed, summary.background], [3, 1]);
  assert.equal(read((await run('ucdp-csv', events, { background: true })).text).length, 3);
});

test('UCDP CSV: no type_of_violence is ever blank, whatever is stored', async () => {
  const kinds: [string, string][] = [['Battles', 'Armed clash'], ['Riots', 'Violent demonstration'], ['Strategic developments', 'Agreement'], ['Diplomacy', 'Threat'], ['Riots', 'Mob violence']];
  const rows = read((await run('ucdp-csv', kinds.map(([t, s], i) => stored({ id: `ev_${i}`, eventType: t, subEventType: s, actor1: ARM, actor2: AZE }, 3)))).text);
  assert.ok(rows.length >= 2);
  for (const r of rows) assert.match(r.type_of_violence, /^[123]$/, r.id);
});
