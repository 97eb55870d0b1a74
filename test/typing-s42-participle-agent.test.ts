/**
 * Stop 42: a participle after a comma ("…, killing five") has the subject of the verb before it.
 * When that verb is found and its subject is no known actor ("settlers attacked villagers"), the
 * people after the verb are its object, the victims: they are not the participle's doers, so the
 * killing is no mob violence by residents but an attack by the unnamed subject. Sentences written
 * for these tests in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('the object of the verb is no doer of the participle after it', () => {
  assert.equal(primary('Israeli settlers attacked Palestinian villagers near Nablus, shooting dead a 19-year-old man.'), 'Attack');
  assert.equal(primary('Masked settlers attacked villagers near Huwara, shooting dead a man.'), 'Attack');
  // Residents told as the subject stay a mob.
  assert.equal(primary('Angry residents attacked a suspected thief in the market in Kisangani, beating him to death.'), 'Mob violence');
});
