/**
 * Typing, stop 48: wire copy says "clash" of a dispute ("the president and his prime minister clashed
 * over the budget", "the deputies clashed verbally"); with no armed party, crowd or police and no harm
 * told, it is no event (ACLED codes none). A clash over land, of police with protesters over a law, or
 * of lawmakers over a bill (who may have come to blows: ACLED's mob violence) stays one. Sentences
 * written for these tests, in the style of reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text)?.subEventType ?? null;

test('a clash over a matter of policy, or of words, is no event', () => {
  assert.equal(main('The president and his prime minister of Somalia clashed over the budget at a cabinet meeting in Mogadishu.') === 'Armed clash', false);
  assert.equal(main('The speaker and his deputy clashed over the agenda of the Iraqi parliament on Wednesday.'), null);
  assert.equal(main('The two ministers clashed over the electoral law during a televised debate in Kinshasa.'), null);
  assert.equal(main('Opposition and ruling party deputies in Islamabad clashed verbally during the session.'), null);
  assert.equal(main('Rival factions in the Libyan parliament clashed over the agenda of the new session.'), null);
});

test('armed sides, crowds or harm keep a clash over a matter', () => {
  assert.equal(main('Clan militias clashed over grazing land in Galgaduud region, leaving eight dead.'), 'Armed clash');
  assert.equal(main('Police and protesters clashed over the new law in Kathmandu on Friday.'), 'Violent demonstration');
  assert.equal(main('Lawmakers clashed over a land bill in the county assembly in Nakuru.'), 'Mob violence');
});
