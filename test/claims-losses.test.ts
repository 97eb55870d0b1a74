import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FoundClaim } from '../src/extract/claims/index.ts';
import { claimsOfText } from './claims-of-text.ts';

// Issue 14: figures war reports tell as a side's losses, and the casualty words of captivity.
// Every sentence is written for these tests, in the manner of wire copy from several wars.

const claims = (text: string): FoundClaim[] => claimsOfText(text, '2024-05-02');
const brief = (c: FoundClaim) => `${c.outcome} ${c.low} ${c.party.kind}:${c.party.country ?? '-'}`;

test('"X has lost N soldiers": the side\'s dead; "lost two positions", "lost contact" are no claim', () => {
  assert.deepEqual(claims('Somalia has lost more than 400 soldiers in the offensive against al-Shabab, officials said.').map(brief), ['killed 400 military:SOM']);
  assert.deepEqual(claims('The rebels lost two positions near the river, the army said.'), []);
  assert.deepEqual(claims('The mission said it had lost contact with a four-member patrol near Kidal.'), []);
});

test('"lost N men killed or wounded": the next casualty word says what befell them, and whose they were', () => {
  assert.deepEqual(claims('Azerbaijan lost at least 90 men killed or wounded and another 12 captured, the Armenian ministry said.').map(brief), ['killed_or_wounded 90 military:AZE', 'captured 12 military:AZE']);
});

test('the subject of "had", "suffered", "incurred" is the side the figure counts', () => {
  assert.deepEqual(claims('A Sudanese army spokesman said the RSF fighters had suffered 300 casualties.').map((c) => c.outcome + ' ' + c.low), ['killed_or_wounded 300']);
  assert.deepEqual(claims('Kyiv said Russian troops had suffered 1,100 casualties in a single day.').map(brief), ['killed_or_wounded 1100 military:RUS']);
  assert.deepEqual(claims('The ministry said the Ethiopians had 2,000 casualties in the battle.').map(brief), ['killed_or_wounded 2000 unknown:ETH']);
});

test('"losses" are the dead: "about 6,000 military losses", "We have no losses"', () => {
  assert.deepEqual(claims('Moscow said in 2022 it had incurred about 6,000 military losses.').map((c) => `${c.outcome} ${c.low}`), ['killed 6000']);
  const none = claims('"We have no losses," the commander of the brigade said.');
  assert.deepEqual(none.map((c) => `${c.outcome} ${c.low} ${c.negated === true}`), ['killed 0 true']);
});

test('"killed or wounded N" as an active verb; "seized", "kidnapped", "held hostage" are captured', () => {
  assert.deepEqual(claims('Houthi forces killed or wounded more than 200 Saudi-led coalition troops, their spokesman said.').map((c) => `${c.outcome} ${c.low}`), ['killed_or_wounded 200']);
  assert.deepEqual(claims('Fourteen villagers were seized by gunmen in Zamfara state on Sunday, police said. Six men were kidnapped near Gao.').map((c) => `${c.outcome} ${c.low}`), ['captured 14', 'captured 6']);
  assert.deepEqual(claims('Three aid workers were held hostage for a week in Idlib.').map((c) => `${c.outcome} ${c.low}`), ['captured 3']);
});

test('"70 pct losses" is a share, not a count', () => {
  assert.deepEqual(claims('One battalion thrown into the counter-attack suffered 70 pct losses, the agency said.'), []);
});

test('captured needs people: "captured one of the strongest fortifications" is no claim, "captured two of the attackers" is', () => {
  assert.deepEqual(claims('The army said its forces had captured one of the strongest fortifications east of the river.'), []);
  assert.deepEqual(claims('Villagers captured two of the attackers after the raid in Plateau state.').map((c) => `${c.outcome} ${c.low}`), ['captured 2']);
});

test('"casualties at around N", "losses at about N": the figure and whose it is', () => {
  assert.deepEqual(claims('The institute put Ukrainian military casualties at around 400,000, its January estimate said.').map(brief), ['killed_or_wounded 400000 military:UKR']);
  assert.deepEqual(claims('Western officials put Russian losses at about 90,000 in the first year.').map(brief), ['killed 90000 unknown:RUS']);
});

test('"No Iranian casualties were given" gives no figure and denies nothing; "no casualties were reported" denies', () => {
  assert.deepEqual(claims('No Iranian casualties were given.'), []);
  assert.ok(claims('No casualties were reported in the attack on the base near Gao.').every((c) => c.negated));
});

test('"two casualties for every soldier lost" is a ratio, no head count', () => {
  assert.deepEqual(claims('Analysts said the attackers suffered roughly three casualties for every defender lost.'), []);
});
