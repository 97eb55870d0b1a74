/**
 * Issue 13, stop 35: event typing principles of ACLED's codebook, each tested on sentences written for
 * these tests in the style of wire reports from many conflicts (West and Central Africa, the Horn,
 * South Asia, Latin America, the Middle East, Ukraine, the Caucasus, Myanmar), never copied from any
 * report. Each block says the principle; the front-line block checks that reports of one army firing
 * on another stay what they were.
 */
import { typingCases as cases } from './typing-mentions.ts';

cases('soldiers or police who mutiny (fire in the air, loot, leave their barracks) riot against their own command: a Violent demonstration', [
  ['Mutinous soldiers fired into the air in Bouake overnight, demanding the payment of bonuses promised after the war.', 'Violent demonstration'],
  ['Mutinying soldiers continued firing in the garrison town of Korhogo on Sunday.', 'Violent demonstration'],
  ['Firing by mutinous police was reported in Daloa late on Friday.', 'Violent demonstration'],
  ['Mutineers looted shops and fuel stations in Kisangani before returning to their camp.', 'Violent demonstration'],
  ['Soldiers of a mutinous battalion in the capital fired in the air and the revolt spread to two provincial garrisons on Monday.', 'Violent demonstration'],
], [
  // limits: mutineers fighting loyal troops, men arrested for a mutiny, former mutineers demonstrating
  ['Loyal troops fought mutinous soldiers in the northern city for several hours, witnesses said.', 'Armed clash'],
  ['Loyalist troops clashed with mutineers near the airport in Bunia, leaving three dead.', 'Armed clash'],
  ['The army has arrested 60 soldiers for alleged involvement in last month\'s mutiny, an officer said.', 'Arrests'],
  ['Former mutinous policemen dismissed in 2019 marched to the interior ministry, asking to be reinstated.', 'Peaceful protest'],
]);

cases('demonstrators who set up roadblocks put a barrier across the road (ACLED: road-blocking with barricades is a Violent demonstration)', [
  ['People protested in the town against the new fuel tax. Demonstrators then put up roadblocks across the main road.', 'Violent demonstration'],
  ['Protesters demanding the release of jailed activists set up roadblocks on the highway out of Gyumri.', 'Violent demonstration'],
  ['Demonstrators angry at power cuts erected roadblocks on the national road and demanded to see the governor.', 'Violent demonstration'],
], [
  // limits: roadblocks of the security forces, or a roadblock that is the grievance
  ['Residents protested in the town against the removal of a police roadblock.', 'Peaceful protest'],
  ['Students marched to the ministry in Yerevan. Police mounted roadblocks on the roads into the centre.', 'Peaceful protest'],
  ['Hundreds of traders marched through Kharkiv to protest against the new roadblocks set up by the army.', 'Peaceful protest'],
]);

cases('riot gear, riot squads and riot control are the police\'s kit, not rioting: a march met by officers in riot gear is a protest with intervention', [
  ['Officers in riot gear dispersed hundreds of teachers marching on the provincial council in Jaffna.', 'Protest with intervention'],
  ['Police in anti-riot gear ringed the stadium at dawn to keep opposition supporters out of the banned rally.', 'Protest with intervention'],
  ['Riot squads broke up a sit-in by nurses outside the health ministry.', 'Protest with intervention'],
], [
  // limits: a crowd that riots stays a riot, whatever the police wear
  ['Students rioted over fee rises and police in riot gear fired tear gas at them.', 'Violent demonstration'],
  ['Youths threw stones at a riot squad sent to clear the market in the old city.', 'Violent demonstration'],
]);

cases('losses suffered by a force or inflicted on one, a victory claimed over one, advancing troops driven back: the toll of a fight between two armed sides (Armed clash)', [
  ['Government forces suffered heavy losses near the river crossing, the rebel front said in a statement.', 'Armed clash'],
  ['The insurgents said they had inflicted heavy casualties on the army in the hills north of Bakhmut.', 'Armed clash'],
  ['The liberation army claimed victory against federal troops after two days in the mountains.', 'Armed clash'],
  ['Rebel fighters drove back advancing government troops on the road to Bunia, a spokesman said.', 'Armed clash'],
], [
  // limits: losses of civilians, a party's losses at the polls, a crowd driven back by police
  ['The ruling party suffered heavy losses in the local elections, results showed.', 'none'],
  ['Police drove back protesters who tried to reach the square in Yerevan.', 'Peaceful protest'],
]);

cases('people who go down into the streets to press a demand demonstrate, whatever the verb ("went to the streets", "took the streets")', [
  ['Thousands of people went to the streets of Bouake demanding that the former minister be freed.', 'Peaceful protest'],
  ['Public sector workers walked down to the streets to ask for higher salaries and lower fuel prices.', 'Peaceful protest'],
  ['Several thousand people took the streets in Gyumri to demand early elections.', 'Peaceful protest'],
]);
