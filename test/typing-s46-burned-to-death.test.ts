/**
 * Typing of stop 46: a crowd that burns a suspect to death. Sentences written for these tests in the
 * style of wire reports from several countries (Nigeria, Togo, the Democratic Republic of Congo). Burning a
 * suspected thief, robber or witch to death is mob justice, ACLED's mob violence, as the bare
 * "burned to death" already read: the words that name the victim between "burned" and "to death"
 * ("burned two suspected thieves to death") still tell who they were. Armed men who burn people
 * to death are no mob.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

function guards() {
  assert.notEqual(subTypeOf('Gunmen burned five villagers to death in their homes near Bunia on Sunday.'), 'Mob violence');
  assert.notEqual(subTypeOf('Militants burned a family of six to death after setting their house ablaze.'), 'Mob violence');
}

test('a group burns suspected robbers to death: mob violence', () => {
  assert.equal(subTypeOf('Residents burned two suspected thieves to death in a market in Port Harcourt on Friday.'), 'Mob violence');
  guards();
});

test('a group burns suspected kidnappers to death: mob violence', () => {
  assert.equal(subTypeOf('A group burned two suspected kidnappers to death in a village near Kaduna on Sunday.'), 'Mob violence');
  guards();
});

test('motorcycle taxi drivers burn a suspected robber to death: mob violence', () => {
  assert.equal(subTypeOf('Motorcycle taxi drivers burned a suspected robber to death in Lome on Tuesday.'), 'Mob violence');
  guards();
});
