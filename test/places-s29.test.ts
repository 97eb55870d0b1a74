/**
 * Issue 15, stop 29: a two-word name written as one word. Sentences written for these tests, in the
 * manner of wire and local reports from several countries; one case per input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

interface Case { pattern: string; text: string; iso3: string; admin1: string; name?: string }

function check(group: string, cases: Case[]): void {
  for (const c of cases) {
    test(`${group}: ${c.pattern}: "${c.text}"`, () => {
      const p = locate(c.text);
      assert.ok(p, 'a place is found');
      assert.equal(p.iso3, c.iso3);
      assert.equal(p.admin1, c.admin1);
      if (c.name) assert.equal(p.name, c.name);
    });
  }
}

// South Asian and Arabic compound names are written as one word or two ("Tando Adam", "Tandoadam");
// the gazetteer keeps one form, and the other is the same place.
check('compound written as one word', [
  { pattern: 'town before its district and province', text: 'Hundreds of farmers rallied in Tandoadam town (Sanghar, Sindh) on Tuesday against water shortages.', iso3: 'PAK', admin1: 'Sindh', name: 'Tando Ādam' },
  { pattern: 'city before its province', text: 'Police said two men were shot dead in Lakkimarwat city, Khyber Pakhtunkhwa, late on Sunday.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa', name: 'Lakki Marwat' },
  { pattern: 'Syrian town by a compass reference', text: 'Activists said a barrel bomb hit a market in Kafrnabl town, south of Idlib, killing four.', iso3: 'SYR', admin1: 'Idleb', name: 'Kafr Nubl' },
  { pattern: 'after "near", the province later', text: 'Gunmen on motorbikes killed a shopkeeper near Kotaddu on Friday, police in Punjab said.', iso3: 'PAK', admin1: 'Punjab', name: 'Kot Addu' },
]);
