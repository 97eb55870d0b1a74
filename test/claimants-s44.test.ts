/**
 * Claimants and tolls of stop 44, with sentences written for these tests in the style of wire
 * reports from several conflicts: the word before a source's head can make it another kind of body
 * ("a rights group" speaks for no armed group, "the border service" is a state's, not a news
 * service); a toll told by a participle ("with the death toll rising to 24") is a toll.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const claims = (text: string, outcome: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text })
    .flatMap((e) => e.claims.filter((c) => c.outcome === outcome));

test('a group qualified by a civil word (rights, aid, civil society, medical) is an organisation, not an armed group', () => {
  const myanmar = claims('At least 11 protesters were shot dead by soldiers in Mandalay on Sunday, a rights group said.', 'killed')[0];
  assert.equal(myanmar?.claimedBy?.kind, 'organization');
  const congo = claims('Militiamen attacked a village in Ituri on Sunday, killing 15 civilians, a local civil society group said.', 'killed')[0];
  assert.equal(congo?.claimedBy?.kind, 'organization');
  // An armed group stays one.
  const sahel = claims('An armed group said on Monday that it killed 20 soldiers in an ambush near Menaka.', 'killed')[0];
  assert.equal(sahel?.claimedBy?.kind, 'rebel');
});

test("a state's border, security or emergency service is the state's voice, not an outlet, and 'its' people are its forces", () => {
  const kyrgyz = claims("Kyrgyz and Tajik border guards exchanged fire on Thursday. Kyrgyzstan's border service said two of its guards were wounded.", 'wounded')[0];
  assert.notEqual(kyrgyz?.claimedBy?.kind, 'media');
  assert.equal(kyrgyz?.party?.country, 'KGZ');
  const mali = claims("Rebels ambushed a supply column near Gao on Monday and two soldiers died, Mali's security service said.", 'killed')[0];
  assert.equal(mali?.claimedBy?.kind, 'government');
  assert.equal(mali?.claimedBy?.country, 'MLI');
  // A news service stays an outlet.
  const news = claims('Three policemen were killed in a bomb attack in Peshawar, the Pakistani news service said.', 'killed')[0];
  assert.equal(news?.claimedBy?.kind, 'media');
});

test('a toll told by a participle ("with the death toll rising to 24", "the toll climbing to 32") is a running toll', () => {
  const central = claims('Kyrgyz and Tajik border troops clashed for a second day on Friday, with the death toll rising to 24, officials said.', 'killed')[0];
  assert.equal(central?.low, 24);
  const libya = claims('Clashes between rival militias went on in Tripoli, the death toll climbing to 32, the health ministry said.', 'killed')[0];
  assert.equal(libya?.low, 32);
});

test('a body named with its article and a role after it speaks: "the X for Y, a war monitor, said"', () => {
  const syria = claims('Fighting near Idlib left at least 31 fighters dead, the Syrian Network for Human Rights, a monitoring group, said.', 'killed')[0];
  assert.match(syria?.claimedBy?.name ?? '', /Syrian Network for Human Rights/);
  assert.equal(syria?.claimedBy?.kind, 'organization');
  const sudan = claims('Paramilitary fighters shot dead eleven villagers near El Obeid, the Sudan Doctors Network, a medical group, said.', 'killed')[0];
  assert.match(sudan?.claimedBy?.name ?? '', /Sudan Doctors Network/);
  // A person's name before a title stays short.
  const ua = claims('Two soldiers were wounded near Toretsk, Andriy Kovalenko, a spokesman for the brigade, said.', 'wounded')[0];
  assert.equal(ua?.claimedBy?.name, 'Andriy Kovalenko, spokesman for the brigade');
  assert.equal(ua?.claimedBy?.kind, 'official');
});
