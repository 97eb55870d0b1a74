/**
 * Actors, stop 48: armed parties that ACLED names and that wire copy names by a descriptor or a short
 * name: militias told by their allegiance to a government ("pro-government militiamen",
 * "government-allied militia"), named criminal gangs and cartels (ACLED codes them as political
 * militias), Israeli settlers (an identity militia, not the Israeli army), and India's central armed
 * police forces and paramilitaries (CRPF, BSF, ITBP, Assam Rifles: state forces). Sentences written for
 * these tests, in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => {
  const e = primaryEvent(text);
  return { type: e?.subEventType ?? null, actor1: e?.actor1?.name ?? null, actor2: e?.actor2?.name ?? null };
};

test('militias told by their allegiance to a government are pro-government militias', () => {
  assert.deepEqual(main('Pro-government militiamen attacked a village in South Kordofan, killing seven civilians, witnesses said.'),
    { type: 'Attack', actor1: 'Pro-Government Militia', actor2: 'Civilians (Sudan)' });
  assert.equal(main('Government-allied militia fighters clashed with al-Shabaab militants near Beledweyne on Monday.').actor1, 'Pro-Government Militia');
  assert.equal(main('Pro-regime militias shelled opposition-held villages in Daraa province overnight.').actor1, 'Pro-Government Militia');
});

test('named gangs and cartels are their own actors, not unidentified armed groups', () => {
  assert.equal(main('Gunmen from the 400 Mawozo gang kidnapped five travellers east of Port-au-Prince on Saturday.').actor1, '400 Mawozo Gang');
  assert.equal(main('Suspected MS-13 members shot dead a bus driver in San Pedro Sula on Monday, police said.').actor1, 'MS-13: Mara Salvatrucha');
  assert.equal(main('The Barrio 18 gang killed two bus drivers in Guatemala City on Tuesday.').actor1, 'Barrio 18');
});

test('Israeli settlers are settlers, not the Israeli army', () => {
  assert.deepEqual(main('Israeli settlers attacked Palestinian villagers near Nablus, setting fire to homes and cars, Palestinian officials said.'),
    { type: 'Attack', actor1: 'Settlers (Israel)', actor2: 'Civilians (Palestine)' });
  assert.equal(main('Jewish settlers shot dead a Palestinian man near Hebron on Friday, the health ministry said.').actor1, 'Settlers (Israel)');
});

test("India's central armed police forces and paramilitaries are state forces", () => {
  assert.deepEqual(main('Maoist rebels ambushed a CRPF patrol in Sukma district, killing three personnel, police said.'),
    { type: 'Armed clash', actor1: 'CPI (Maoist): Communist Party of India (Maoist)', actor2: 'Police Forces of India' });
  assert.equal(main('BSF troops exchanged fire with Pakistani Rangers along the international border in Jammu.').actor1, 'Police Forces of India');
  assert.equal(main('Assam Rifles personnel recovered a cache of arms in Manipur on Monday.').actor1, 'Military Forces of India');
});
