/**
 * An armed group that claims an attack is its actor when the story names no other: ACLED codes the
 * claimant as the attacker. Only an owning claim counts ("claimed responsibility", "claimed the
 * attack", "the attack was claimed by"), never a denial ("No group has claimed responsibility") and
 * never unnamed gunmen. Sentences written for this test, in the style of reports from several
 * conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const actor1 = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)?.actor1?.name ?? null;

test('the group that claims an attack told without its doer is the attacker', () => {
  assert.match(actor1('At least 23 people were killed when a car bomb exploded near a busy market in the capital on Saturday, police said. Al-Shabaab claimed responsibility.') ?? '', /Shabaab/);
  assert.match(actor1('Suicide bombers struck a checkpoint in Borno state, killing 11. Boko Haram later claimed the attack in a video.') ?? '', /Boko Haram/);
  assert.match(actor1('A roadside bomb killed six soldiers near the border town on Tuesday. The attack was claimed by the Islamic State group.') ?? '', /Islamic State/);
});

test('no claim, a denial or a named doer leaves the attacker as told', () => {
  assert.equal(actor1('Gunmen killed 14 villagers in central Mali overnight. Responsibility has not been claimed by any group, although JNIM operates nearby.'), 'Unidentified Armed Group');
  assert.match(actor1('Soldiers shelled a rebel position near the river, the army said. Later, the ADF claimed responsibility for an ambush elsewhere.') ?? '', /Military/);
});
