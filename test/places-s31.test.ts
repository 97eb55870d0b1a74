/**
 * Issue 15, stop 31: a road named by the towns at its ends runs far from them: a place the sentence
 * names with "in", "at" or "near" is where on the road it happened; the place a journey or a cargo
 * was heading to ("carrying charcoal to X", "a convoy bound for X") is not where it happened.
 * Sentences written for these tests, in the manner of wire and local reports from several
 * countries; one case per input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPlaces as check, km, locate } from './places-helpers.ts';

// "blocked the A-B highway ... in X": the road's first end is only a fallback for a report that
// names no place on it.
check('a place on a road named by its ends', [
  { pattern: 'Pakistani motorway, district after', text: 'Gunmen ambushed travellers on the Peshawar-Islamabad motorway near Attock on Sunday.', iso3: 'PAK', admin1: 'Punjab' },
]);
check('a road alone is still the place', [
  { pattern: 'road with no town on it', text: 'Protesters blocked the Arusha-Moshi road on Monday after a motorcyclist was knocked down and killed.', iso3: 'TZA', admin1: 'Arusha' },
]);

// "a lorry carrying charcoal to X", "a convoy bound for X", "heading to X": where the cargo or the
// travellers were going, not where the event happened.
check('where a journey was heading', [
  { pattern: 'cargo heading to the big city', text: 'Residents of Oshogbo seized a lorry carrying charcoal to Ibadan and burned its load.', iso3: 'NGA', admin1: 'Osun' },
  { pattern: 'convoy bound for a city', text: 'Insurgents attacked a supply convoy bound for Nampula near Macomia on Tuesday, killing two drivers.', iso3: 'MOZ', admin1: 'Cabo Delgado' },
  { pattern: 'bus heading to another city', text: 'Gunmen stopped a bus heading to Jaipur in Barmer and abducted three passengers.', iso3: 'IND', admin1: 'Rajasthan' },
]);
check('where a journey came from', [
  { pattern: 'activist travelling from another city', text: 'Police detained a student activist in Haryana as he was travelling from Delhi to join his family.', iso3: 'IND', admin1: 'Haryana' },
]);

// Sentences the two rules must leave alone: a journey's end or a road that is the only place named,
// and "in X" after a heading verb's object.
check('journeys and roads that are the only place', [
  { pattern: 'journey end alone', text: 'Gunmen ambushed a convoy heading to Beledweyne, killing two police officers.', iso3: 'SOM', admin1: 'Hiiraan' },
  { pattern: 'origin and end, origin first', text: 'Bandits shot at a bus travelling from Dodoma to Singida, injuring four passengers.', iso3: 'TZA', admin1: 'Singida' },
  { pattern: 'a road and a town opening the sentence', text: 'In Kasama, traders blocked the Mbala-Mpika road for hours over new market fees.', iso3: 'ZMB', admin1: 'Northern' },
  { pattern: 'a heading verb then "in"', text: 'Police stopped protesters heading towards parliament in Dodoma on Monday.', iso3: 'TZA', admin1: 'Dodoma' },
]);

// "in the southern countryside of Kharkiv", "northern Cabo Delgado province": a compass word on a
// first-level unit names a part of it; with no town of that part known, the point is the middle of
// that part (src/places/compass.ts), not the unit's seat at the other end of it.
function nearer(text: string, lat: number, lon: number, maxKm: number): void {
  test(`a part of a region: "${text}"`, () => {
    const p = locate(text);
    assert.ok(p && p.latitude !== null, 'a point is found');
    assert.ok(km(p, lat, lon) < maxKm, `${p.name} (${p.latitude}, ${p.longitude}) is ${Math.round(km(p, lat, lon))} km away`);
  });
}
// Lozova, in the south of Kharkiv oblast (the city of Kharkiv is 120 km north of it).
nearer('Army jets bombed villages in the southern countryside of Kharkiv on Friday.', 48.89, 36.32, 60);
// Mueda, in the north of Cabo Delgado (Pemba, its seat, is 180 km south-east).
nearer('Insurgents burned villages in northern Cabo Delgado province, the army said.', -11.66, 39.55, 60);

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
same('A gunman killed a policeman in the west of Kano city on Sunday.', 'Kano');
same('Protesters blocked roads in northern Kharkiv on Sunday.', 'Kharkiv');

// "rallied in X in solidarity with the miners in Y", "protested against the Y bombing": Y is where
// the event the protest supports or condemns happened, not where the protest was.
check('the place of the event a protest is about', [
  { pattern: 'solidarity with strikers elsewhere', text: 'About 40 people rallied in Kabwe in solidarity with the striking miners in Chingola.', iso3: 'ZMB', admin1: 'Central Province' },
  { pattern: 'an attack on a town elsewhere', text: 'Hundreds of students marched in Surulere to protest against the deadly attack on Ibadan university last week.', iso3: 'NGA', admin1: 'Lagos' },
  { pattern: 'a bombing named by its city', text: 'Students in Kisangani protested against the Bunia bombings.', iso3: 'COD', admin1: 'Tshopo' },
]);
// "Protesters in X condemned the killing of a journalist in Y": the protest is in X, the killing it
// condemns in Y. The speech verb after "protesters in X" does not make X a government speaking, and
// the place of the killing, after the protest in the same sentence, is the grievance's.
check('a protest in one town about an event in another', [
  { pattern: 'protesters in a town condemned a killing elsewhere', text: 'Protesters in Mwanza condemned the killing of a journalist in Dodoma.', iso3: 'TZA', admin1: 'Mwanza' },
  { pattern: 'a smaller town protests a killing in a city', text: 'Protesters in Oshogbo condemned the killing of a journalist in Ibadan.', iso3: 'NGA', admin1: 'Osun' },
  { pattern: 'demonstrators denounced an arrest elsewhere', text: 'Demonstrators in Kabwe denounced the arrest of a union leader in Ndola on Monday.', iso3: 'ZMB', admin1: 'Central Province' },
]);
check('a statement about a killing is not a protest', [
  { pattern: 'a force condemned it', text: 'The army condemned the killing of a journalist in Dodoma.', iso3: 'TZA', admin1: 'Dodoma' },
  { pattern: 'officials elsewhere condemned it', text: 'Officials in Mwanza condemned the killing of a journalist in Dodoma.', iso3: 'TZA', admin1: 'Dodoma' },
]);
check('a protest about an attack in its own town', [
  { pattern: 'the only place named', text: 'Shopkeepers shut their stalls to protest against the attack on Mbeya market.', iso3: 'TZA', admin1: 'Mbeya' },
]);

// "the Bara desert in North Kordofan": a desert, valley, plain or forest named after a town lies
// around it; the province after "in" holds it ("X in Y" of stop 30), so the town is the place.
check('a natural area named after a town, in its region', [
  { pattern: 'desert named after a town', text: 'Troops clashed with rebels in the Bara desert in North Kordofan on Monday.', iso3: 'SDN', admin1: 'North Kordofan', name: 'Bara' },
  { pattern: 'plains named after a town', text: 'Insurgents attacked a patrol in the Tal Afar plains in Nineveh.', iso3: 'IRQ', admin1: 'Ninewa', name: 'Tall ‘Afar' },
]);

// "in Lusaka Street ... (Kitwe)": a capitalized street word makes "Lusaka Street" a street's
// own name, most often after another town; a school named after its town is not touched.
check('a street named after another town', [
  { pattern: 'street named after the capital', text: 'Gunmen fired at shops in Lusaka Street, near the bus depot, in Chimwemwe township (Kitwe).', iso3: 'ZMB', admin1: 'Copperbelt' },
  { pattern: 'street named after the capital, the region after', text: 'Gunmen fired at shops in Lusaka Street, near the bus depot, in Kitwe (Copperbelt), on Sunday.', iso3: 'ZMB', admin1: 'Copperbelt' },
  { pattern: 'road named after a town, in another town', text: 'Traders blocked Dodoma Road in Iringa town on Monday.', iso3: 'TZA', admin1: 'Iringa' },
  { pattern: 'school named after its town, alone', text: 'Students of Iringa Secondary School protested against their headmaster.', iso3: 'TZA', admin1: 'Iringa' },
]);

// "in the towns of A and B, North Kivu": the holder after a list's last item holds each item
// it can hold, so the first-named place keeps its lead (it had none: the holder raised the last).
check('a list of places and the region after it', [
  { pattern: 'two towns and their province', text: 'Soldiers clashed with rebels in Beni and Butembo, North Kivu, on Friday.', iso3: 'COD', admin1: 'North Kivu', name: 'Beni' },
  { pattern: 'two towns, the first already first', text: 'Police raided houses in the towns of Apatzingan and Uruapan, Michoacan, on Tuesday.', iso3: 'MEX', admin1: 'Michoacan', name: 'Apatzingán' },
]);

// "herders from A and B clashed": the second item of a list after "from" is an origin too, as
// "from" before the first says.
check('a list of origins', [
  { pattern: 'two origins alone, the first', text: 'Herders from Dodoma and Singida clashed in a grazing area on Friday.', iso3: 'TZA', admin1: 'Dodoma' },
  // (Uganda's first level is its districts: each town is in its own.)
  { pattern: 'two origins in one region, the first', text: 'Herders from Kotido and Moroto clashed in a grazing area on Friday.', iso3: 'UGA', admin1: 'Kotido', name: 'Kotido' },
]);

// "armed youths from Kapoeta raided Torit": the actors' home is not where they struck; the object of
// a verb of attack is. (Not "people fled from X", where X may be where it happened.)
check('where the attackers came from and what they struck', [
  { pattern: 'raiders from a town, the town raided', text: 'Armed youths from Kapoeta raided Torit before dawn, driving away 300 cattle.', iso3: 'SSD', admin1: 'Eastern Equatoria', name: 'Torit' },
  { pattern: 'raiders from a town, another town raided', text: 'Armed youths from Kotido raided Kaabong before dawn, driving away 300 cattle.', iso3: 'UGA', admin1: 'Kaabong', name: 'Kaabong' },
  { pattern: 'bandits from a country, near a town', text: 'Bandits from Sudan attacked herders near Birao on Sunday.', iso3: 'CAF', admin1: 'Vakaga' },
]);

// "Udaipur along the Agartala-Sabroom road": the road's first end is a town near the place on it;
// a reading of the place far from it (the city of Udaipur in Rajasthan, 2,000 km away) is a
// namesake; when the place's reading is near the end, it stays. (When the end also names a
// Kenyan county, the place is that county's namesake: the Kenyan wards that showed it are named
// in the development notes, so no case of it here.)
check('a place along a road named by its ends', [
  { pattern: 'a big namesake far from the road', text: 'Residents blocked traffic at Udaipur along the Agartala-Sabroom road on Monday.', iso3: 'IND', admin1: 'Tripura' },
  { pattern: 'a namesake in another state', text: 'Residents blocked traffic at Sirsa along the Mirzapur-Allahabad road on Monday.', iso3: 'IND', admin1: 'Uttar Pradesh' },
  { pattern: 'namesake far from the road', text: 'Residents blocked traffic at Makuyuni along the Arusha-Dodoma road on Monday.', iso3: 'TZA', admin1: 'Arusha', name: 'Makuyuni' },
  { pattern: 'town near the road', text: 'Bandits ambushed a bus at Mpigi along the Kampala-Masaka road.', iso3: 'UGA', admin1: 'Mpigi', name: 'Mpigi' },
]);

// "opposition leader Virginia Nakato", "aspirant Orlando Kimani" (invented people): a role word
// before a capitalized run names a person (as the titles 'Governor', 'Mr' already did); the given
// name is no town, and the sentence names no other place.
for (const text of [
  'Supporters of jailed opposition leader Virginia Nakato clashed with police.',
  'Supporters of the parliamentary aspirant Orlando Kimani blocked a road.',
]) {
  test(`a person after a role word is no place: "${text}"`, () => {
    const p = locate(text);
    assert.equal(p, null, `${p?.name} (${p?.iso3})`);
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
