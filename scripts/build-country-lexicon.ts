/**
 * Builds data/lexicon/countries.json from the `world-countries` package (ODbL-1.0, see
 * data/SOURCES.md): English common and official names, demonyms and capitals of every country,
 * plus the hand-written additions in data/lexicon/country-extras.json (short forms such as "Azeri",
 * metonyms such as "the Kremlin"). Run: node --import tsx scripts/build-country-lexicon.ts
 * The output is committed; nothing reads world-countries at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Extra { iso3: string; aliases?: string[]; demonyms?: string[]; metonyms?: string[] }
interface WC {
  cca3: string; name: { common: string; official: string }; altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; unMember?: boolean; independent?: boolean;
}

const require = createRequire(import.meta.url);
const countries = require('world-countries') as WC[];
const root = new URL('..', import.meta.url);
const extras = JSON.parse(readFileSync(new URL('data/lexicon/country-extras.json', root), 'utf8')) as { notAliases?: string[]; countries: Extra[] };
// Native spellings that are English words or names ("Island", "Mann"): no country in English text.
const notAliases = new Set(extras.notAliases ?? []);
const extraOf = new Map(extras.countries.map((e) => [e.iso3, e]));

const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && x.length > 1))];
// Alt spellings include two-letter codes and native names; keep only English-looking multi-letter ones.
const englishAlt = (s: string) => /^[A-Za-z .'-]+$/.test(s) && s.length > 3 && !/^[A-Z]{2,3}$/.test(s);

/**
 * The plural demonym that counts people ("384 Libyans", "two Frenchmen"): -man → -men, else -s;
 * none for forms that are their own plural ("Chinese", "French", "Swiss").
 */
function pluralOf(d: string): string | undefined {
  if (/(?:ese|ch|sh|ss|s|x|z)$/i.test(d) || d.includes(' ')) return undefined;
  return /man$/.test(d) ? d.replace(/man$/, 'men') : d + 's';
}
const ownDemonyms = (c: WC) => uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
// A demonym shared by a sovereign state and a territory ("French": France and the French Southern
// Lands) names the state: a report's "French soldiers" are France's.
const sovereignDemonyms = new Set(countries.filter((c) => c.independent).flatMap(ownDemonyms));

const out = countries
  .map((c) => {
    const x = extraOf.get(c.cca3);
    const own = ownDemonyms(c).filter((d) => c.independent || !sovereignDemonyms.has(d));
    return {
      iso3: c.cca3,
      name: c.name.common,
      aliases: uniq([c.name.common, c.name.official, ...c.altSpellings.filter((a) => englishAlt(a) && !notAliases.has(a)), ...(x?.aliases ?? [])]),
      demonyms: uniq([...own, ...own.map(pluralOf), ...(x?.demonyms ?? [])]),
      capitals: uniq(c.capital ?? []),
      metonyms: uniq(x?.metonyms ?? []),
    };
  })
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

writeFileSync(new URL('data/lexicon/countries.json', root), JSON.stringify({
  source: 'world-countries 5.1.0 (ODbL-1.0) with data/lexicon/country-extras.json; built by scripts/build-country-lexicon.ts',
  countries: out,
}, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`wrote ${out.length} countries`);
