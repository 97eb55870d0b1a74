/**
 * A demonstration put down with force, told over two sentences. Wire copy and monitors' notes often
 * tell the demonstration first and what the security forces did to it in the next sentence, without
 * calling the victims demonstrators again: "Farmers protested in the district town. Soldiers shot dead
 * two men." ACLED's codebook codes that as one event: excessive force against protesters when the
 * force kills or wounds, a protest with intervention when the crowd is beaten or dispersed with
 * shots in the air or tear gas. Not when the next sentence tells another moment ("later", another
 * day), another victim (suspected robbers, gunmen), or a crowd that rioted.
 * Sentences written for this test, in the style of reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-09', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background);

test('people killed or wounded by the forces in the sentence after a demonstration are its repression', () => {
  for (const text of [
    'Cotton farmers demonstrated outside the prefecture in the market town on Tuesday over unpaid harvests. Gendarmes opened fire and killed two men.',
    'Hundreds of residents marched to the district office on Monday against a new land law. Soldiers shot dead a young man near the bridge.',
    'Miners protested at the gates of the copper mine over lay-offs. At least four were wounded by police.',
    'Students demonstrated on the campus against a fee increase. Two of them were critically wounded by soldiers.',
  ]) {
    const e = primary(text);
    assert.equal(e?.subEventType, 'Excessive force against protesters', text);
  }
  const e = primary('Cotton farmers demonstrated outside the prefecture in the market town on Tuesday over unpaid harvests. Gendarmes opened fire and killed two men.');
  assert.equal(e?.fatalities, 2, 'the dead are the event\'s dead');
});

test('shots in the air disperse a demonstration without harming it', () => {
  assert.equal(primary('Inmates staged a protest over food rations in the central prison. Guards intervened and shot into the air to restore order.')?.subEventType, 'Protest with intervention');
});

test('another moment, another victim or a riot is not the demonstration\'s repression', () => {
  assert.notEqual(primary('Traders protested in the town on Monday against market fees. Two days later, soldiers killed three suspected bandits on the highway.')?.subEventType, 'Excessive force against protesters');
  assert.notEqual(primary('Residents protested in the town over insecurity. Police killed three suspected gang members in a shootout.')?.subEventType, 'Excessive force against protesters');
  assert.equal(primary('Youths rioted in the slum, burning tyres and stoning cars. Police shot dead two of them.')?.subEventType, 'Violent demonstration');
});
