/**
 * Issue 15, stop 31: a road named by the towns at its ends runs far from them: a place the sentence
 * names with "in", "at" or "near" is where on the road it happened; the place a journey or a cargo
 * was heading to ("ferrying charcoal to X", "a convoy bound for X") is not where it happened.
 * Sentences written for these tests, in the manner of wire and local reports from several
 * countries; one case per input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPlaces as check, km, locate } from './places-helpers.ts';

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

// "in the southern countryside of Idlib", "western Anbar province": a compass word on a first-level
// unit names a part of it; with no town of that part known, the point is the middle of that part
// (src/places/compass.ts), not the unit's seat at the other end of it.
function nearer(text: string, lat: number, lon: number, maxKm: number): void {
  test(`a part of a region: "${text}"`, () => {
    const p = locate(text);
    assert.ok(p && p.latitude !== null, 'a point is found');
    assert.ok(km(p, lat, lon) < maxKm, `${p.name} (${p.latitude}, ${p.longitude}) is ${Math.round(km(p, lat, lon))} km away`);
  });
}
// Maarat al-Numan, in the south of Idlib governorate (the city of Idlib is 32 km from it).
nearer('Government forces shelled villages in the southern countryside of Idlib on Friday.', 35.648, 36.674, 20);
// Rutba, in the west of Anbar (Ramadi, its seat, is 300 km east).
nearer('Iraqi jets killed three militants in western Anbar province, the military said.', 33.04, 40.28, 60);

// Left alone: a part of a city, a city's name with a compass word only, a distance from a city.
function same(text: string, name: string): void {
  test(`not a part of a region: "${text}"`, () => {
    const p = locate(text);
    const q = locate(`Police reported the incident in ${name}.`);
    assert.ok(p && q);
    assert.equal(p.latitude, q.latitude);
    assert.equal(p.longitude, q.longitude);
  });
}
same('A gunman killed a policeman in the west of Taizz city on Sunday.', 'Taizz');
same('Protesters blocked roads in northern Aleppo on Sunday.', 'Aleppo');

// "rallied in X in solidarity with the miners in Y", "protested against the Y bombing": Y is where
// the event the protest supports or condemns happened, not where the protest was.
check('the place of the event a protest is about', [
  { pattern: 'solidarity with strikers elsewhere', text: 'About 40 people rallied in Grodno in solidarity with the striking miners in Soligorsk.', iso3: 'BLR', admin1: 'Grodno' },
  { pattern: 'an attack on a town elsewhere', text: 'Hundreds of Somalis marched in Eastleigh to protest against the recent deadly attack on Garissa university.', iso3: 'KEN', admin1: 'Nairobi' },
  { pattern: 'a bombing named by its city', text: 'Muslims in Mombasa protested against the Kampala bombings.', iso3: 'KEN', admin1: 'Mombasa' },
]);
check('a protest about an attack in its own town', [
  { pattern: 'the only place named', text: 'Traders closed their shops to protest against the attack on Mandera market.', iso3: 'KEN', admin1: 'Mandera' },
]);

// "the Rutba desert in Anbar province": a desert, valley, plain or forest named after a town lies
// around it; the province after "in" holds it ("X in Y" of stop 30), so the town is the place.
check('a natural area named after a town, in its region', [
  { pattern: 'desert named after a town', text: 'Troops clashed with militants in the Rutba desert in Anbar province on Monday.', iso3: 'IRQ', admin1: 'Anbar', name: 'Ar Ruţbah' },
  { pattern: 'plains named after a town', text: 'Insurgents attacked a patrol in the Tal Afar plains in Nineveh.', iso3: 'IRQ', admin1: 'Ninewa', name: 'Tall ‘Afar' },
]);

// "in Sanaa Street ... (Al Hudaydah)": a capitalized street word makes "Sanaa Street" a street's
// own name, most often after another town; a school named after its town is not touched.
check('a street named after another town', [
  { pattern: 'street named after the capital', text: 'Gunmen fired at shops in Sanaa Street, coded at the dairy factory, in Al Hali district (Al Hudaydah).', iso3: 'YEM', admin1: 'Al Hudaydah' },
  { pattern: 'road named after a town, in another town', text: 'Traders blocked Kisumu Road in Kakamega town on Monday.', iso3: 'KEN', admin1: 'Kakamega' },
  { pattern: 'school named after its town, alone', text: 'Students of Bungoma High School protested against their principal.', iso3: 'KEN', admin1: 'Bungoma' },
]);

// "in the villages of A and B, Kaduna state": the holder after a list's last item holds each item
// it can hold, so the first-named place keeps its lead (it had none: the holder raised the last).
check('a list of places and the region after it', [
  { pattern: 'two villages and their state', text: 'Gunmen torched homes in the villages of Kauru and Lere, Kaduna state.', iso3: 'NGA', admin1: 'Kaduna', name: 'Kauru' },
  { pattern: 'two towns and their state', text: 'Soldiers clashed with militants in Kaga and Gubio, Borno, on Friday.', iso3: 'NGA', admin1: 'Borno', name: 'Kaga' },
  { pattern: 'two towns, the first already first', text: 'Police raided houses in the towns of Sobral and Caucaia, Ceara, on Tuesday.', iso3: 'BRA', admin1: 'Ceara', name: 'Sobral' },
]);

// "reinforcements from Ibb province and Yarim arrived at X": the second item of a list after "from"
// is an origin too, as "from" before the first says.
check('a list of origins', [
  { pattern: 'origins then the front', text: 'Militia reinforcements from Ibb province and Yarim arrived at the Qataba front (Ad Dali) on Sunday.', iso3: 'YEM', admin1: "Ad Dali'" },
  { pattern: 'two origins alone, the first', text: 'Herders from Wajir and Garissa clashed in a grazing area on Friday.', iso3: 'KEN', admin1: 'Wajir' },
]);

// "armed youths from Isiolo raided Kinna": the actors' home is not where they struck; the object of
// a verb of attack is. (Not "people fled from X", where X may be where it happened.)
check('where the attackers came from and what they struck', [
  { pattern: 'raiders from a town, the village raided', text: 'Armed youths from Isiolo raided Kinna before dawn, driving away 300 goats.', iso3: 'KEN', admin1: 'Isiolo', name: 'Kinna' },
  { pattern: 'gunmen from a state, the town stormed', text: 'Gunmen from Zamfara stormed Sabuwa and abducted twelve villagers.', iso3: 'NGA', admin1: 'Katsina', name: 'Sabuwa' },
  { pattern: 'bandits from a country, near a town', text: 'Bandits from Ethiopia attacked herders near Moyale on Sunday.', iso3: 'KEN', admin1: 'Marsabit' },
]);

// "Kasarani along the Gilgil-Nyahururu road": the road's first end is a town near the place on it;
// a reading of the place 100 km away (the Kasarani of Nairobi) is a namesake. When the end also
// names a county, the place is that county's namesake; when the place's reading is near, it stays.
check('a place along a road named by its ends', [
  { pattern: 'ward namesake far from the road', text: 'Residents blocked traffic at Kasarani along the Gilgil-Nyahururu road on Monday.', iso3: 'KEN', admin1: 'Nakuru' },
  { pattern: 'ward namesake, the end names a county', text: 'Residents blocked traffic at Kasarani along the Nakuru-Eldoret highway on Monday.', iso3: 'KEN', admin1: 'Nakuru' },
  { pattern: 'town near the road', text: 'Bandits ambushed a bus at Kinna along the Isiolo-Garissa road.', iso3: 'KEN', admin1: 'Isiolo', name: 'Kinna' },
]);

// "opposition leader Virginia Wambui", "aspirant Dan Aloo": a role word before a capitalized run
// names a person (as the titles 'Governor', 'Mr' already did); the given name is no town.
for (const text of [
  'Supporters of jailed opposition leader Virginia Wambui clashed with police.',
  'Supporters of the parliamentary aspirant Orlando Kimani blocked a road.',
]) {
  test(`a person after a role word is no place: "${text}"`, () => {
    const p = locate(text);
    assert.ok(!p || p.iso3 === null || p.iso3 === 'KEN', `${p?.name} (${p?.iso3})`);
  });
}

// A word of an armed group's name is a place only in the group's own country: "Fano militiamen" do
// not fight in Fano, Italy; the Tigray Defense Forces may well fight in Tigray.
check('a group named after a place of its own country', [
  { pattern: 'group named after its region', text: 'Fighters of the Tigray Defense Forces shelled an army position on Tuesday, killing four soldiers.', iso3: 'ETH', admin1: 'Tigray' },
]);
test('a group named after a town of another country gives no place there', () => {
  const p = locate('Ethiopian troops and Fano militiamen fought near the town on Sunday.');
  assert.notEqual(p?.iso3, 'ITA');
});
