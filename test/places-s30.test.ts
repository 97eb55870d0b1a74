/**
 * Issue 15, stop 30: "shelled X in Y", where Y is a first-level unit that shares its name with its
 * capital: the "in" ties X to the unit that holds it, it does not make Y's capital the place; a
 * division split by the compass named whole ("Kuresoi" for Kuresoi North and South); "X district
 * west of Y city": Y only says where X lies; two particles in a row inside a name ("de la"); "X
 * district center, Y" is a chain of holders like "X district, Y"; "X (Y) district of Z": Y is X's
 * other name, held by Z; "X and its vicinity in Y" holds X in Y as "X in Y" does.
 * Sentences written for these tests, in the manner of wire and local reports from several
 * countries; one case per input.
 */
import { checkPlaces as check } from './places-helpers.ts';

// "X in Y", with Y the unit that holds X: the place is X, not the city that gives Y its name. The
// "in" before Y is the link between the two names, no cue that Y is where it happened.
check('a town in the unit named after its capital', [
  { pattern: 'Syrian town shelled, its governorate', text: 'Turkish artillery shelled Azaz in Aleppo on Tuesday, residents said.', iso3: 'SYR', admin1: 'Aleppo', name: 'I‘zāz' },
  { pattern: 'Iraqi district town attacked, its province', text: 'Militants attacked Hawija in Kirkuk at dawn, a police source said.', iso3: 'IRQ', admin1: 'Kirkuk', name: 'Al-Hawija' },
  { pattern: 'Turkish district blocked, its province', text: 'Protesters blocked Karsiyaka in Izmir for hours on Saturday.', iso3: 'TUR', admin1: 'Izmir', name: 'Karşıyaka' },
  { pattern: 'Nigerian town ransacked, its state', text: 'Looters ransacked Ikorodu in Lagos after the curfew was lifted.', iso3: 'NGA', admin1: 'Lagos', name: 'Ikorodu' },
]);

// A division split by the compass ("Kuresoi North", "Kuresoi South") is still named whole in the
// news: the whole name is the county that holds all its parts.
check('a division named without its compass part', [
  { pattern: 'constituency split in two', text: 'Police arrested five suspects after a land dispute turned violent in Kuresoi on Friday.', iso3: 'KEN', admin1: 'Nakuru' },
  { pattern: 'sub-county split in three', text: 'Miraa traders blocked the highway in Igembe on Monday to protest a ban.', iso3: 'KEN', admin1: 'Meru' },
  { pattern: 'ward split in two', text: 'Students set a dormitory on fire at a school in Abothuguchi overnight.', iso3: 'KEN', admin1: 'Meru' },
]);

// "X district west of Y city": Y is named to say where X lies, X is the place (when a reading of each
// lies in one first-level unit; else X is a namesake elsewhere and Y stays the answer).
check('a place and the town it lies a direction from', [
  { pattern: 'Afghan district west of its capital', text: 'Taliban fighters overran a checkpoint in Nad Ali district west of Lashkar Gah city on Sunday.', iso3: 'AFG', admin1: 'Helmand', name: "Nad 'Ali" },
  { pattern: 'Mexican city south of another', text: 'Gunmen killed five people at a bar in Tlaquepaque south of Guadalajara city late on Friday.', iso3: 'MEX', admin1: 'Jalisco', name: 'Tlaquepaque' },
  { pattern: 'Nigerian town southeast of the state capital', text: 'Troops repelled an attack on Konduga town southeast of Maiduguri city, the army said.', iso3: 'NGA', admin1: 'Borno', name: 'Konduga' },
  { pattern: 'Pakistani district north of the provincial capital', text: 'Security forces raided Charsadda district north of Peshawar city on Monday.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa', name: 'Charsadda' },
  { pattern: 'Syrian town south of the governorate capital', text: "Clashes broke out in Ma'arrat al-Nu'man town south of Idlib city on Friday.", iso3: 'SYR', admin1: 'Idleb', name: 'Maarat al-Numan' },
]);

// A name may hold two lower-case particles in a row ("Santa Cruz de la Sierra", Arabic "wa ash"):
// the run goes on to the capitalized word after them, and the whole name is found.
check('two particles inside a name', [
  { pattern: 'Bolivian city', text: 'Police clashed with protesters in Santa Cruz de la Sierra on Tuesday as the strike entered its third week.', iso3: 'BOL', admin1: 'Santa Cruz', name: 'Santa Cruz de la Sierra' },
  { pattern: 'Dominican town', text: 'Residents of San Juan de la Maguana blocked the highway to protest power cuts.', iso3: 'DOM', admin1: 'San Juan', name: 'San Juan de la Maguana' },
  { pattern: 'Spanish town', text: 'Gunmen shot a lawyer outside the court in Talavera de la Reina on Monday.', iso3: 'ESP', admin1: 'Castille-La Mancha', name: 'Talavera de la Reina' },
]);

// "X district center, Y": the district's seat, held by the province named after it (the province's
// capital of the same name is not the place).
check('a district centre and its province', [
  { pattern: 'Herat district', text: 'Taliban militants overran a checkpoint near Obe district center, Herat, late on Friday.', iso3: 'AFG', admin1: 'Herat', name: 'Qaryeh-ye Owbeh' },
  { pattern: 'Ghazni district', text: 'Gunmen shot dead a tribal elder in Qarabagh district centre, Ghazni, on Monday.', iso3: 'AFG', admin1: 'Ghazni', name: 'Qarah Bāgh' },
]);

// "Gever (Yuksekova) district of Hakkari": the name in parentheses is the other name of the one
// before it, and the unit word and holder after the parenthesis are said of both.
check('a name and its other name in parentheses, then their unit', [
  { pattern: 'Kurdish and Turkish names, then the province', text: 'Turkish troops clashed with PKK militants in Gever (Yuksekova) district of Hakkari on Sunday.', iso3: 'TUR', admin1: 'Hakkari', name: 'Yuksekova' },
  { pattern: 'Kurdish region and its town, then the governorate', text: 'Turkish jets bombed positions in Behdinan (Zakho) region of Dahuk on Wednesday.', iso3: 'IRQ', admin1: 'Dahuk', name: 'Zakho' },
  { pattern: 'Arakanese and Burmese names, then the state', text: 'Villagers fled shelling in Kalaya (Sittwe) district of Rakhine State.', iso3: 'MMR', admin1: 'Rakhine', name: 'Sittwe' },
]);

// "X and its outskirts in Y": the place and its surroundings, held by the unit after "in" (whose
// capital of the same name is not the place).
check('a place and its surroundings in its unit', [
  { pattern: 'Ukrainian town and its outskirts', text: 'Russian forces shelled Kupiansk and its outskirts in Kharkiv on Thursday.', iso3: 'UKR', admin1: 'Kharkiv', name: 'Kupiansk' },
  { pattern: 'Turkish town and its surroundings', text: 'Soldiers searched Suruc and its surroundings in Sanliurfa after the attack.', iso3: 'TUR', admin1: 'Sanliurfa', name: 'Suruç' },
  { pattern: 'Syrian town and its vicinity', text: 'Militants fired rockets at Jableh and its vicinity in Lattakia overnight.', iso3: 'SYR', admin1: 'Lattakia', name: 'Jablah' },
]);
