/**
 * Who acted in a clause of time after a casualty word told of its victims: in "Two people were
 * killed after soldiers opened fire on a bus" or "Five guests died when gunmen stormed the hotel",
 * the clause's subject did it; the people killed before the casualty word are the victims, never the
 * attackers, and the attackers are not their victims. Sentences written for this test, in the style
 * of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);

test('the subject of a clause of time after the dead acted', () => {
  const bus = main('Two people were killed after soldiers opened fire on a bus carrying traders near the checkpoint.');
  assert.match(bus?.actor1?.name ?? '', /Military Forces/);
  assert.doesNotMatch(bus?.actor2?.name ?? '', /Military Forces/);
  assert.match(main('Five guests died when gunmen stormed the hotel in the capital.')?.actor1?.name ?? '', /Unidentified Armed Group/);
  const convoy = main('Two Ugandan soldiers were killed when South Sudanese troops attacked their patrol near a frontier post.');
  assert.match(convoy?.actor1?.name ?? '', /South Sudan/);
  assert.match(convoy?.actor2?.name ?? '', /Uganda/);
});

/** ", killing four": a bare count after a participle counts the main clause's object, its victims. */
test('a bare count after a participle clause counts the main clause\'s object', () => {
  const e = main('Riot police fired live rounds at villagers blocking the mine road, killing three, a union official said.');
  assert.match(e?.actor1?.name ?? '', /Police/);
  assert.ok(e?.actor2 && e.actor2.kind !== 'police', `actor2 ${e?.actor2?.name}`);
  const post = main('Gunmen attacked a police post on the highway, killing three.');
  assert.match(post?.actor2?.name ?? '', /Police/);
});

/** "killed in Russian shelling", "died in an al-Shabaab attack": the party that qualifies the attack did it. */
test('the party that qualifies an attack noun after the dead did it', () => {
  assert.match(main('At least 12 civilians were killed in Russian shelling of the river port on Tuesday, the regional governor said.')?.actor1?.name ?? '', /Russia/);
  assert.match(main('Two soldiers died in an al-Shabaab attack on their base near the border.')?.actor1?.name ?? '', /Shabaab/);
  assert.match(main('A man wanted for cattle theft died during a police raid on his compound near the lake.')?.actor1?.name ?? '', /Police/);
  assert.doesNotMatch(main('A women\'s group in the capital protested against lenient penalties for illegal brewers.')?.actor1?.name ?? '', /Government/);
});
