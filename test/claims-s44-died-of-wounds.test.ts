/**
 * Dead from among the wounded, stop 44, with sentences written for these tests in the style of wire
 * reports from several conflicts: "one of the wounded later died" and "another soldier died of his
 * injuries" tell more dead than the toll told before (they were counted among the wounded), unless a
 * running total ("bringing the toll to four") counts them already. An ordinal ("a fifth person died
 * of his wounds") places the person among the dead already counted, as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"one of the wounded later died" adds to the dead, unless a running total counts them', () => {
  // A mine under a patrol (Sahel style), an attack on a camp (Horn style), a shooting at a market (Andes style).
  assert.equal(first('A landmine under a patrol near the border killed three soldiers and wounded five. One of the wounded later died in hospital, the army said.').fatalities, 4);
  assert.equal(first('Militants stormed the army camp at dawn, killing six soldiers and wounding 12. Three of the wounded succumbed to their injuries on Tuesday.').fatalities, 9);
  assert.equal(first('Gunmen opened fire at a crowded market, killing two vendors and wounding four other people. Two of those injured died in hospital on Sunday, police said.').fatalities, 4);
  // A running total already counts them.
  assert.equal(first('The bombing on Monday left two police officers dead and seven people hurt. Two of the injured died overnight, bringing the death toll to four, officials said.').fatalities, 4);
});

test('"another ... died of his wounds" is one more dead; an ordinal is not', () => {
  assert.equal(first('Four villagers were killed when armed herders raided the settlement. Another villager succumbed to his wounds on Friday.').fatalities, 5);
  assert.equal(first('Rebels shot dead two protesters at the roadblock on Saturday. Another student later succumbed to her wounds, her family said.').fatalities, 3);
  assert.equal(first('Gunfire at the bus station on Friday left four people dead. A fifth person died on Sunday from injuries sustained in the attack.').fatalities, 5);
});
