/**
 * Issue 15, stop 32: the country of the place that the text says holds another constrains it, even
 * when that holder is only a town; and a facility's word between a place and its holder ("X police
 * station, Y", "X market (Y)") leaves Y the holder of X. Sentences written for these tests, in the
 * manner of wire and local reports from several countries; one case per input.
 */
import { checkPlaces as check } from './places-helpers.ts';

// "at X in Y", "X ward in Y": Y is a town known in one country only, larger than X's reading abroad;
// X's namesake abroad is no candidate, and with no X in Y's country, Y stands for the place.
check('a town holder of one country rules out a namesake abroad', [
  { pattern: 'at X in a Tanzanian town', text: 'Militias clashed over land at Tuscania in Mto wa Mbu, killing one man.', iso3: 'TZA', admin1: 'Arusha' },
  { pattern: 'X ward in a Tanzanian town', text: 'Residents of Tuscania ward in Makambako protested against land grabbing.', iso3: 'TZA', admin1: 'Njombe' },
  { pattern: 'at X in a Ghanaian town', text: 'Militias clashed over land at Tuscania in Nkawkaw, killing one man.', iso3: 'GHA', admin1: 'Eastern' },
]);
// A holder smaller than the place is more likely the namesake itself: the city stays.
check('a holder smaller than the place says nothing of its country', [
  { pattern: 'city and a district known abroad only', text: 'Riots broke out in Kumasi (Tuscania district) after the vote.', iso3: 'GHA', admin1: 'Ashanti' },
]);

// "X police station, Y", "X market (Y)", "X school, Y": the facility is in X, and Y holds X, so a
// namesake of X in another country or region gives way.
check('a facility between a place and its holder', [
  { pattern: 'police station, province', text: 'Gunmen attacked San Jose police station, Antique, killing a guard.', iso3: 'PHL', admin1: 'Western Visayas' },
  { pattern: 'market (province)', text: 'Traders protested at San Juan market (Batangas) over new stall fees.', iso3: 'PHL', admin1: 'Calabarzon' },
  { pattern: 'school, province', text: 'Students rioted at San Jose school, Antique, after a teacher was dismissed.', iso3: 'PHL', admin1: 'Western Visayas' },
]);

// A unit's own name used as a modifier ("the Zamfara game reserve") is weak evidence, but still the
// place when nothing better is named: the floor under which a reading is dropped is for capitalized
// common words that some town abroad bears, not for the names of first- and second-level units.
check('a unit named weakly is still a place', [
  { pattern: 'state before a reserve', text: 'Bandits killed a herder near the Zamfara Game Reserve.', iso3: 'NGA', admin1: 'Zamfara' },
]);

// "the jailed rebel leader, Rosario Dela Cruz": a name of two words or more set off by a comma after
// a title or role word is the person's, in apposition, not a town of the first name.
check('a person named in apposition after a role word', [
  { pattern: 'leader, first name a town', text: 'Riots broke out across the Philippines after the killing of the wife of the jailed rebel leader, Rosario Dela Cruz. (Cebu City mainly.)', iso3: 'PHL', admin1: 'Central Visayas' },
]);
