/**
 * Actors, stop 47: a bombing or attack whose doer the report does not name still has a target: the
 * people its figures tell killed or wounded are its actor2 (ACLED codes the victims of an
 * unclaimed blast as civilians of the country, or as the force that was hit); and property torched
 * or looted by people nobody names was, like unclaimed violence, done by an unidentified armed group.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sides = (text: string) => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2024-10-02', outlet: null, byline: null, text }).find((x) => !x.background);
  return [e?.subEventType ?? null, e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('the worshippers killed by an unclaimed suicide bombing are its target', () => {
  assert.deepEqual(sides('A suicide bomber blew himself up inside a packed mosque in Quetta on Friday, killing 23 worshippers.'),
    ['Suicide bomb', 'Unidentified Armed Group', 'Civilians (Pakistan)']);
});

test('the people killed by a mine or a roadside bomb nobody claimed are its target', () => {
  assert.deepEqual(sides('A landmine exploded under a tractor near Kramatorsk on Tuesday, killing two farmers.'),
    ['Remote explosive/landmine/IED', 'Unidentified Armed Group', 'Civilians (Ukraine)']);
  assert.deepEqual(sides('A roadside bomb tore through a minibus in Kandahar province on Sunday, killing nine passengers.'),
    ['Remote explosive/landmine/IED', 'Unidentified Armed Group', 'Civilians (Afghanistan)']);
});

test('a doer named in the story still keeps its own people out of the target', () => {
  assert.deepEqual(sides('Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing nine people.')[2], 'Civilians (Somalia)');
});

test('property destroyed or looted by people nobody names has an unidentified armed group as its doer', () => {
  assert.deepEqual(sides('Unknown persons set fire to a church in Bambari overnight, residents said.').slice(0, 2),
    ['Looting/property destruction', 'Unidentified Armed Group']);
  assert.deepEqual(sides('Unidentified individuals torched the home of a local councillor in Dori on Sunday.').slice(0, 2),
    ['Looting/property destruction', 'Unidentified Armed Group']);
});
