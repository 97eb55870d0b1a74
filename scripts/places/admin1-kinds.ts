/**
 * What each country calls its first-level units ("state" in Nigeria, "department" in Benin,
 * "governorate" in Iraq), from the subdivision types of ISO 3166-2 as Debian's iso-codes package
 * ships them (/usr/share/iso-codes/json/iso_3166-2.json). Writes data/places/admin1-kinds.json:
 * the last word of each top-level type, lower case ("regional state" -> "state"), by country.
 *   npx tsx scripts/places/admin1-kinds.ts [path to iso_3166-2.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from './common.ts';

const src = process.argv[2] ?? '/usr/share/iso-codes/json/iso_3166-2.json';
const rows = (JSON.parse(readFileSync(src, 'utf8')) as { '3166-2': { code: string; type: string; parent?: string }[] })['3166-2'];
const kinds: Record<string, Set<string>> = {};
for (const r of rows) {
  if (r.parent) continue; // a unit inside another: not the first level
  const cc = r.code.slice(0, 2);
  // (The head noun: "autonomous city in North Africa" is a city, "islands (groups of islands)" islands.)
  const last = r.type.toLowerCase().replace(/\(.*?\)|\s+(?:in|of)\s.*$/g, "").trim().split(/\s+/).pop()!;
  (kinds[cc] ??= new Set()).add(last);
}
const sorted = Object.fromEntries(Object.keys(kinds).sort().map((cc) => [cc, [...kinds[cc]!].sort()]));
const about = 'What each country calls its first-level units, by ISO 3166-1 alpha-2 code: the last word of the subdivision types that ISO 3166-2 lists at the top level (Debian iso-codes 4.15, LGPL-2.1; facts), lower case. Read by src/places/lexicon.ts: "Plateau state" is Nigeria\'s state, not Benin\'s department of that name. Written by scripts/places/admin1-kinds.ts.';
const lines = Object.entries(sorted).map(([cc, ks]) => `    ${JSON.stringify(cc)}: ${JSON.stringify(ks)}`);
writeFileSync(join(OUT, 'admin1-kinds.json'), `{\n  "about": ${JSON.stringify(about)},\n  "kinds": {\n${lines.join(',\n')}\n  }\n}\n`);
console.log(`${Object.keys(sorted).length} countries`);
