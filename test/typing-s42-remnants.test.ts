/**
 * Stop 42: a remnant of war that goes off is no shelling. An old, abandoned or leftover shell,
 * mortar round or rocket, or one that people played with, picked up, struck or tried to take apart,
 * that exploded and hurt them was fired by no one in the event: ACLED codes it as a remote
 * explosive/landmine/IED, like unexploded ordnance. Shells fired at a place stay shelling.
 * Sentences written for these tests in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;
const REMOTE = 'Remote explosive/landmine/IED';

test('an old or abandoned shell that explodes is a remote explosive', () => {
  assert.equal(primary('Three children were killed when an old mortar shell they were playing with exploded in a village near Kunduz on Friday.'), REMOTE);
  assert.equal(primary('An abandoned mortar round exploded in a schoolyard near Horlivka, wounding two pupils.'), REMOTE);
  assert.equal(primary('Two children were wounded when a cluster munition remnant exploded in a village in Mykolaiv region.'), REMOTE);
});

test('a shell that people handled, struck or took apart is a remote explosive', () => {
  assert.equal(primary('Two boys were wounded when a mortar shell they had picked up in a field exploded near Lashkar Gah, police said.'), REMOTE);
  assert.equal(primary('A farmer died when a rocket went off after he hit it with his hoe near Sirte, the municipality said.'), REMOTE);
  assert.equal(primary('A shepherd was killed when a shell he was trying to open exploded near his home in Marib province.'), REMOTE);
  assert.equal(primary('Four people died when an artillery shell they were collecting as scrap metal exploded in a yard near Idlib.'), REMOTE);
  // Shells fired at a place stay shelling.
  assert.equal(primary('Mortar shells hit a market in Mogadishu on Tuesday, killing five civilians.'), 'Shelling/artillery/missile attack');
});
