/**
 * Issue 15, stop 31: a road named by the towns at its ends runs far from them: a place the sentence
 * names with "in", "at" or "near" is where on the road it happened; the place a journey or a cargo
 * was heading to ("ferrying charcoal to X", "a convoy bound for X") is not where it happened.
 * Sentences written for these tests, in the manner of wire and local reports from several
 * countries; one case per input.
 */
import { checkPlaces as check } from './places-helpers.ts';

// "blocked the A-B highway ... in X": the road's first end is only a fallback for a report that
// names no place on it.
check('a place on a road named by its ends', [
  { pattern: 'Kenyan highway blocked at a town on it', text: 'Youths blocked the Nairobi-Mombasa highway with burning tyres in Voi to protest the death of a boda boda rider.', iso3: 'KEN', admin1: 'Taita Taveta' },
  { pattern: 'Pakistani motorway, district after', text: 'Gunmen ambushed travellers on the Peshawar-Islamabad motorway near Attock on Sunday.', iso3: 'PAK', admin1: 'Punjab' },
]);
check('a road alone is still the place', [
  { pattern: 'road with no town on it', text: 'Protesters blocked the Eldoret-Kitale road on Monday after a boda boda rider was killed.', iso3: 'KEN', admin1: 'Uasin Gishu' },
]);

// "a lorry ferrying charcoal to X", "a convoy bound for X", "heading to X": where the cargo or the
// travellers were going, not where the event happened.
check('where a journey was heading', [
  { pattern: 'cargo heading to the capital', text: 'Residents of Mwingi seized a lorry ferrying charcoal to Nairobi and burned its load.', iso3: 'KEN', admin1: 'Kitui' },
  { pattern: 'convoy bound for a city', text: 'Militants attacked an aid convoy bound for Gao near Ansongo on Tuesday, killing two drivers.', iso3: 'MLI', admin1: 'Gao' },
  { pattern: 'bus heading to another province', text: 'Gunmen stopped a bus heading to Quetta in Kharan and abducted three passengers.', iso3: 'PAK', admin1: 'Balochistan' },
]);
check('where a journey came from', [
  { pattern: 'activist travelling from another city', text: 'Police detained a student activist in Abyan governorate as he was travelling from Aden to join his family.', iso3: 'YEM', admin1: 'Abyan' },
]);

// Sentences the two rules must leave alone: a journey's end or a road that is the only place named,
// and "in X" after a heading verb's object.
check('journeys and roads that are the only place', [
  { pattern: 'journey end alone', text: 'Gunmen ambushed a convoy heading to Garissa, killing two police officers.', iso3: 'KEN', admin1: 'Garissa' },
  { pattern: 'origin and end, origin first', text: 'Bandits shot at a bus travelling from Marsabit to Moyale, injuring four passengers.', iso3: 'KEN', admin1: 'Marsabit' },
  { pattern: 'a road and a town opening the sentence', text: 'In Busia, traders blocked the Tororo-Mbale road for hours over new market fees.', iso3: 'UGA', admin1: 'Eastern' },
  { pattern: 'a heading verb then "in"', text: 'Police stopped protesters heading towards parliament in Kampala on Monday.', iso3: 'UGA', admin1: 'Central Region' },
]);
