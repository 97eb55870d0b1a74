/**
 * Principles of wire syntax that hold in any war, each with sentences written for these tests in the
 * style of reports from different conflicts:
 * - a verb of speech opens the words said, with or without "that": in "police said rebels killed
 *   five", the rebels killed (the police are the source, not the agent);
 * - ", and" between two counted groups joins clauses unless it ends a list of three or more: "…to
 *   break up thousands of protesters, and one man died" has one dead;
 * - Arabic article particles inside a place name ("Deir ez-Zor", "Dar ul-Aman") keep the name whole;
 * - "the X region of northern Iraq": a country after a named region and "of" is where it happened,
 *   as after "in";
 * - an actor's name is written as the text wrote it ("Ethiopia's prime minister"), and a name with a
 *   glued particle ("al-Shabaab") is a name;
 * - an event noun after "in" ("killed 14 villagers in an attack on a market") hangs on the main
 *   clause: its subject acted and its object suffered, or a passive subject suffered;
 * - a country after a locative and compass words ("in northern Burkina Faso") is where, no party;
 * - "the Ugandan capital" is Kampala; "Kashmir" is India's Kashmir as well as Pakistan's; a country's
 *   own name is that country unless the story is in a namesake town's country ("over Armenia");
 *   "Baku apologised" is a government acting, no place;
 * - a count word after drones or missiles counts them ("one was shot down");
 * - people before a place name it ("refugee camp"); the subject of "X denied … and said" says it;
 * - "65 Palestinians, including 16 children, were killed" counts 65; "told reporters by phone" is
 *   an interview, no talks; "West Azerbaijan province" names a place, no Azerbaijani actor;
 * - a place's name may hold "of" ("Port of Spain");
 * - no victim past a semicolon; "Amnesty said" is a rights group; a capital after "entered",
 *   "captured", "struck" is the city;
 * - a news agency that "reported that …" after another source speaks for the figures after its cue;
 * - unnamed militants are an armed group, a named group's "militants" the group itself;
 * - a country that labels a headline ("Mali: jihadists kill 30") is where, not who; "deadly" tells
 *   of no dead by itself; a capital before a noun of the city ("a Mogadishu hotel") is the city;
 * - "Hamas's armed wing said" is a source; a medium that speaks before a rival source claims its
 *   own clause, one that cites a source relays it;
 * - "five co-workers" are people; "fighting for their lives", "expected to survive" are wounded;
 *   "The victim, identified as …, died" is one person;
 * - agency copy: "neutralized", "martyred" are killings; a capitals dateline is a place, no government;
 * - a relative clause may stand between people and their verb ("a soldier, who was abducted last
 *   week, was found dead"): the verb after it is theirs; "the 40 who died" counts 40; so is a
 *   participle phrase ("a soldier deployed near Bakhmut was killed"); "one of four civilians … has
 *   died" counts one; "displaced persons" are people; names after "in" are places;
 * - "neutralised", "eliminated" fighters are killed; "among them" opens a breakdown; one person of
 *   another side after "and" is that side's figure; a breakdown adds up to its whole at most.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happened } from '../src/extract/mention.ts';
import { processArticle } from '../src/pipeline.ts';
import { claimsOfText } from './claims-of-text.ts';
import { locate } from './places-helpers.ts';
import { mentionsOf } from './typing-mentions.ts';

const sub = (text: string) => mentionsOf(text).find(happened)?.subEventType;
const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });

for (const [text, want] of [
  ['Colombian police said FARC dissidents killed five young men in Cali in what authorities described as a massacre.', 'Attack'],
  ['The army said militants shot dead three teachers at a school in the district on Monday.', 'Attack'],
  ['Police reported bandits killed 11 villagers in an overnight raid on a farming settlement.', 'Attack'],
] as const) {
  test(`the subject after a verb of speech is the agent, not the speaker — ${text.slice(0, 50)}`, () => {
    assert.equal(sub(text), want);
  });
}

test('the speaker stays the agent when the speech verb comes after the killing', () => {
  // "said" after the verb: no reported clause opens before the trigger.
  assert.equal(sub('Police shot dead two suspected robbers in a gunfight on the highway, a spokesman said.'), 'Armed clash');
});

test('", and" between two counted groups joins two clauses: the first group is no dead', () => {
  const claims = claimsOfText('Riot police used water cannon and stun grenades to break up thousands of protesters in the capital, and one man died, the interior ministry said.');
  const killed = claims.filter((c) => c.outcome === 'killed');
  assert.deepEqual(killed.map((c) => [c.low, c.high]), [[1, 1]]);
});

test('a list of three or more counted groups still counts each: "two soldiers, three police, and a civilian"', () => {
  const claims = claimsOfText('Two soldiers, three police officers, and four civilians were killed when the convoy was ambushed, officials said.');
  const killed = claims.filter((c) => c.outcome === 'killed').map((c) => c.low).sort();
  assert.deepEqual(killed, [2, 3, 4]);
});

test('two counted groups joined by "and" without a comma are both the subject', () => {
  const killed = claimsOfText('Six soldiers and nine insurgents were killed in the fighting, the army said.').filter((c) => c.outcome === 'killed').map((c) => c.low).sort((a, b) => a! - b!);
  assert.deepEqual(killed, [6, 9]);
});

test('a place name with an Arabic article particle stays whole: "Deir ez-Zor province"', () => {
  const p = locate('A roadside mine exploded under a bus carrying farm workers in Deir ez-Zor province, killing ten of them.');
  assert.equal(p?.country, 'Syria');
  assert.match(p?.admin1 ?? '', /Deir/);
});

test('a country after "the X region of" is where it happened, as after "in"', () => {
  const p = locate('Turkish warplanes struck PKK positions in the Haftanin region of northern Iraq, the Turkish defence ministry said.', { actorCountry: 'TUR' });
  assert.equal(p?.country, 'Iraq');
});

test('a place after "the strategic port city of" is read past its description to the locative', () => {
  const p = locate('Iraq said its forces crushed a new offensive near the strategic port city of Basra on Thursday.', { actorCountry: 'IRN' });
  assert.equal(p?.country, 'Iraq');
  assert.match(p?.admin1 ?? '', /Ba[sş]r/);
});

test('an official\'s name is written as the text wrote it, possessive and all', () => {
  const events = processArticle(article("Ethiopia's prime minister ordered an offensive after forces loyal to the TPLF attacked a federal army base.")).filter((e) => !e.background);
  const names = events.flatMap((e) => [e.actor1?.name, e.actor2?.name, ...e.associatedActors.map((a) => a.name)]).filter(Boolean);
  assert.ok(names.every((n) => !/ 's\b/.test(n!)), names.join(' | '));
});

test('a total broken down after a comma is one group: "six people, three men and three women, were shot"', () => {
  const claims = claimsOfText('Police said six people, three men and three women, were shot by a lone gunman outside a nightclub on Saturday.');
  assert.deepEqual(claims.map((c) => c.low), [6]);
});

const current = (text: string) => processArticle(article(text)).find((e) => !e.background);
const subTypes = (text: string) => processArticle(article(text)).map((e) => e.subEventType);

test('an event noun after "in" hangs on the main clause: its subject acted, its object suffered', () => {
  const e = current('Gunmen on motorbikes killed 14 villagers in an attack on a market in northern Burkina Faso, the government said.');
  assert.equal(e?.actor1?.name, 'Unidentified Armed Group');
  assert.match(e?.actor2?.name ?? '', /^Civilians/);
});

test('a passive subject before "in an ambush" suffered; the agent follows "by"', () => {
  const e = current('Two soldiers were killed in an ambush by al-Shabaab fighters near Afmadow on Sunday.');
  assert.equal(e?.actor1?.name, 'Al Shabaab');
  assert.match(e?.actor2?.name ?? '', /^Military Forces/);
});

test('a country after a locative and compass words is where it happened, no party to it', () => {
  const e = current('Armed men killed at least 24 people, including a pastor, in an attack on a church in northern Burkina Faso, a local official said.');
  const names = [e?.actor1?.name, e?.actor2?.name, ...(e?.associatedActors ?? []).map((a) => a.name)];
  assert.ok(!names.some((n) => /Burkina Faso$/.test(n ?? '')), names.join(' | '));
  assert.equal(e?.location?.country, 'Burkina Faso');
});

test('"the Ugandan capital" is Kampala: a demonym before "capital" names whose', () => {
  const p = locate('A suicide bomber blew himself up at the entrance of a restaurant in the Ugandan capital, killing two people, police said.');
  assert.equal(p?.name, 'Kampala');
  assert.equal(p?.precision, 2);
});

test('"Kashmir" is India\'s as well as Pakistan\'s: "Shopian district of Kashmir" is the Indian district', () => {
  const p = locate('Indian security forces killed two militants in a gunfight in Shopian district of Kashmir, police said.');
  assert.equal(p?.country, 'India');
  assert.equal(p?.name, 'Shopian');
});

test('a count word after drones or missiles counts them: "one was shot down" kills nobody', () => {
  const claims = claimsOfText('Ukrainian drones attacked the capital overnight; one was shot down by air defences and another crashed into an office block, the mayor said.');
  assert.deepEqual(claims.filter((c) => c.outcome === 'killed' || c.outcome === 'killed_or_wounded').map((c) => c.low), []);
  // People after people stay people.
  assert.deepEqual(claimsOfText('Gunmen stormed the camp before dawn; two were killed by soldiers.').map((c) => [c.outcome, c.low]), [['killed', 2]]);
});

test('a country\'s own name is that country, not a namesake town abroad: "shot down over Armenia"', () => {
  const e = current('A Russian military helicopter was shot down over Armenia near the border with Azerbaijan, killing two crew members; Baku apologised, calling it an accident.');
  assert.notEqual(e?.location?.country, 'Colombia');
  assert.notEqual(e?.location?.name, 'Baku');
  // The town keeps its name where the story holds it.
  assert.equal(locate('Protesters marched in Armenia, a city in Quindio, Colombia, on Friday.')?.country, 'Colombia');
});

test('people before a place name it: "a refugee camp" holds no actor and no displacement', () => {
  const events = processArticle(article('Air strikes on a refugee camp in the north of the enclave killed dozens of people on Tuesday, the health ministry said.')).filter((e) => !e.background);
  assert.ok(!events.some((e) => e.subEventType === 'Mob violence' || e.subEventType === 'Other'), events.map((e) => e.subEventType).join(', '));
});

test('"X denied … and said N were killed": X claims the figure', () => {
  const claims = processArticle(article('The army denied the reports and said 17 rebels were killed in the fighting near the border.')).flatMap((e) => e.claims);
  assert.equal(claims.find((c) => c.low === 17)?.claimedBy?.name, 'army');
  const named = processArticle(article('A rebel spokesman, Ahmed Ali, denied the group had targeted civilians and said 12 soldiers were killed.')).flatMap((e) => e.claims);
  assert.match(named.find((c) => c.low === 12)?.claimedBy?.name ?? '', /Ahmed Ali/);
});

test('a people\'s name, then a breakdown in commas, is the count: "65 Palestinians, including 16 children, were killed"', () => {
  assert.deepEqual(claimsOfText('Sixty-five Palestinians, including 16 children, have been killed in Gaza since the fighting began, the health ministry said.').filter((c) => c.outcome === 'killed').map((c) => c.low), [65]);
  assert.deepEqual(claimsOfText('Twelve Afghans, including three women, died in the blast at the market.').filter((c) => c.outcome === 'killed').map((c) => c.low), [12]);
});

test('a source told a reporter "by phone": an interview, no talks', () => {
  const events = processArticle(article('At least 30 people were killed when gunmen attacked a village on Sunday night, a local lawmaker told reporters by phone on Monday.'));
  assert.ok(!events.some((e) => e.subEventType === 'Talks'), events.map((e) => e.subEventType).join(', '));
  assert.ok(processArticle(article('The two presidents spoke by phone on Tuesday about the ceasefire.')).some((e) => e.subEventType === 'Talks'));
});

test('a country\'s name before "province" or "state" is part of a place\'s name, no actor', () => {
  const e = current('On 4 May 2020, Revolutionary Guards arrested three members of a Kurdish armed group in Mahabad (West Azerbaijan province).');
  const names = [e?.actor1?.name, e?.actor2?.name, ...(e?.associatedActors ?? []).map((a) => a.name)];
  assert.ok(!names.some((n) => /Azerbaijan/.test(n ?? '')), names.join(' | '));
  assert.equal(e?.location?.country, 'Iran');
});

test('a place\'s name may hold "of": "Port of Spain" is the capital of Trinidad, not Spain', () => {
  const p = locate('On 5 May 2020, in Port of Spain city, a man was shot and wounded by five masked gunmen.');
  assert.equal(p?.country, 'Trinidad and Tobago');
  // A run no table knows whole is still read word by word.
  assert.equal(locate('The Governor of Kano State said gunmen killed four people on Sunday.')?.admin1, 'Kano');
});

test('no victim past a semicolon: "…, killing 130 people; Islamic State claimed responsibility" is an attack on people', () => {
  assert.equal(sub('Gunmen opened fire at a concert hall near the capital, killing more than 130 people; Islamic State claimed responsibility.'), 'Attack');
});

test('"Amnesty said" is the rights group: no amnesty agreed', () => {
  const events = processArticle(article('Police fired live rounds at protesters at a toll gate, killing at least 12 people, Amnesty said.'));
  assert.ok(!events.some((e) => e.subEventType === 'Agreement'), events.map((e) => e.subEventType).join(', '));
  assert.equal(sub('The government announced an amnesty for rebels who surrender their weapons.'), 'Agreement');
});

test('a capital after a verb of capture or entry is the city, not its government', () => {
  const e = current('Taliban fighters entered Kabul without resistance as the president fled the country.');
  assert.notEqual(e?.actor1?.name, 'Government of Afghanistan');
  assert.notEqual(e?.actor2?.name, 'Government of Afghanistan');
});

test('a news agency that reports a clause of its own after another source claims the figures in it', () => {
  const claims = processArticle(article('Drones killed 19 soldiers near the town, a monitoring group said, while the state news agency SANA reported that 8 soldiers had died.')).flatMap((e) => e.claims);
  assert.equal(claims.find((c) => c.low === 8)?.claimedBy?.name, 'SANA');
  assert.notEqual(claims.find((c) => c.low === 19)?.claimedBy?.name, 'SANA');
  // A relay after the claimant stays a relay.
  const relayed = processArticle(article('Five soldiers were killed in the attack, the army said, Reuters reported.')).flatMap((e) => e.claims);
  assert.equal(relayed[0]?.claimedBy?.name, 'army');
  assert.equal(relayed[0]?.reportedBy?.name, 'Reuters');
});

test('unnamed militants are an armed group; a named group\'s "militants" or "gunmen" are the group itself', () => {
  assert.equal(current('Earlier this month, militants stormed a police station, killing four officers.')?.actor1?.name, 'Unidentified Armed Group');
  const e = current('Al-Shabaab militants attacked an army post near the town on Monday.');
  assert.equal(e?.actor1?.name, 'Al Shabaab');
  assert.notEqual(e?.actor2?.name, 'Unidentified Armed Group');
});

test('a country that labels a headline is where it happened, not who acted', () => {
  const e = current('Pakistan: suicide bomber kills 59 at Peshawar mosque');
  assert.notEqual(e?.actor1?.name, 'Military Forces of Pakistan');
  assert.equal(e?.location?.country, 'Pakistan');
  assert.equal(current('Mali: jihadists kill 30 civilians in attack on bus')?.location?.country, 'Mali');
});

test('"a deadly attack on a Mogadishu hotel": an attack in the city, no dead fighters and no government attacked', () => {
  const e = current('Somalia: al-Shabaab claims deadly attack on Mogadishu hotel');
  assert.equal(e?.subEventType, 'Attack');
  assert.notEqual(e?.actor2?.name, 'Government of Somalia');
  assert.equal(e?.location?.name, 'Mogadishu');
});

test('a group\'s armed wing speaks for the group; a medium that speaks before a rival source claims its own clause', () => {
  const claims = (text: string) => processArticle(article(text)).flatMap((e) => e.claims);
  const wing = claims('Israel said 3 of its soldiers were killed, and Hamas\'s armed wing said it had killed 10 Israeli soldiers.');
  assert.match(wing.find((c) => c.low === 10)?.claimedBy?.name ?? '', /Hamas/);
  assert.equal(wing.find((c) => c.low === 3)?.claimedBy?.name, 'Israel');
  const rival = claims('Houthi media said 8 Saudi soldiers were killed in the border attack; the coalition said it had killed 40 Houthi fighters.');
  assert.equal(rival.find((c) => c.low === 8)?.claimedBy?.name, 'Houthi media');
  assert.equal(rival.find((c) => c.low === 40)?.claimedBy?.name, 'coalition');
  // A medium citing a source relays it.
  const cited = claims('Reuters reported that five soldiers were killed, citing the army.');
  assert.equal(cited[0]?.claimedBy?.name, 'army');
  assert.equal(cited[0]?.reportedBy?.name, 'Reuters');
});

test('a hyphenated compound of people is people ("five co-workers"); "fighting for his life" is wounded', () => {
  assert.deepEqual(claimsOfText('The gunman killed five co-workers before turning the gun on himself, police said.').filter((c) => c.outcome === 'killed').map((c) => c.low), [5]);
  assert.deepEqual(claimsOfText('Two men were shot dead and three others are fighting for their lives in hospital, police said.').map((c) => [c.outcome, c.low]).sort(), [['killed', 2], ['wounded', 3]]);
});

test('an apposition in commas after one person keeps one person: "The victim, identified as …, died"', () => {
  assert.deepEqual(claimsOfText('The victim, identified as 34-year-old John Smith, died from his injuries on Monday.').map((c) => [c.outcome, c.low]), [['killed', 1]]);
  assert.deepEqual(claimsOfText('The driver, a father of three, was shot dead at the checkpoint.').map((c) => [c.outcome, c.low]), [['killed', 1]]);
  // Not of people joined: "A man and woman, both 35 years old, were found dead" is no one person.
  assert.notDeepEqual(claimsOfText('A man and woman, both 35 years old, were found dead inside the home.').map((c) => [c.outcome, c.low]), [['killed', 1]]);
});

test('agency copy: "neutralized" and "martyred" are killings; a dateline and "Sistan and Baluchestan" are places', () => {
  const turkish = current('ANKARA (AA) - Turkish security forces neutralized 5 PKK terrorists in northern Iraq, the National Defense Ministry said on Wednesday.');
  assert.equal(turkish?.subEventType, 'Armed clash');
  assert.equal(turkish?.location?.country, 'Iraq');
  assert.deepEqual(claimsOfText('Three soldiers were martyred in a terrorist attack on their post.').map((c) => [c.outcome, c.low]), [['killed', 3]]);
  const iranian = current('TEHRAN, June 1 (IRNA) - Three border guards were martyred in a terrorist attack in Sistan and Baluchestan province.');
  assert.equal(iranian?.location?.admin1, 'Sistan and Baluchestan');
  const syrian = current('DAMASCUS, June 1 (Xinhua) -- Two Syrian soldiers were killed on Wednesday in a missile strike on the southern countryside of Damascus, state news agency SANA reported.');
  assert.notEqual(syrian?.actor2?.name, 'Government of Syria');
  assert.notEqual(syrian?.actor1?.name, 'Government of Syria');
});

test('armed men who march are no demonstrators; residents who march are', () => {
  // Written in the style of reports from Nigeria's north-west and from Kenya's north-east.
  assert.deepEqual(subTypes('Armed men marched through the village of Kajuru on Tuesday and opened fire on residents, killing three.'), ['Attack']);
  assert.deepEqual(subTypes('Gunmen marched into the market in Mandera on Tuesday and shot dead two traders.'), ['Attack']);
  assert.deepEqual(subTypes('Hundreds of residents marched to the governor\'s office in Kaduna on Tuesday to demand the release of abducted pupils.'), ['Peaceful protest']);
  // Rebels and parties organise rallies: their supporters who march still protest.
  assert.deepEqual(subTypes('Thousands of Houthi supporters marched through Sanaa on Friday against the blockade.'), ['Peaceful protest']);
});

test('a drone or a shell that "hit a" place struck it; people who "hit a" man beat him', () => {
  // Written in the style of reports from eastern Congo, Ukraine and Kenya.
  assert.equal(current('A drone launched by M23 rebels hit a school in Sake, wounding three pupils, local officials said.')?.subEventType, 'Air/drone strike');
  assert.equal(current('A shell fired by Russian forces hit a bus stop in Kherson, killing two people, the regional governor said.')?.eventType, 'Explosions/Remote violence');
  assert.notEqual(current('Police hit a protester with batons in Nairobi on Monday.')?.eventType, 'Explosions/Remote violence');
});

test('"Operation" in a name and business "operations" deploy no one; a group that ends its affiliation changes', () => {
  // Written in the style of reports from Donbas, the Sahel, Kenya and north-west Syria.
  assert.deepEqual(subTypes('Ukrainian troops came under sniper fire near Shyrokyne, and one soldier was killed, the Joint Forces Operation said.'), ['Armed clash']);
  assert.ok(!subTypes('French Operation Barkhane forces carried out airstrikes on militant positions near Menaka.').includes('Change to group/activity'));
  assert.deepEqual(subTypes('Traders blocked the main road in Eldoret, paralysing business operations in the town, to protest against new levies.'), ['Peaceful protest']);
  assert.equal(current('A jihadist faction ended its affiliation with the rebel alliance in Idlib on Monday.')?.subEventType, 'Change to group/activity');
  assert.equal(current('The army launched an operation against bandits in Zamfara on Monday.')?.subEventType, 'Change to group/activity');
});

test('"killing two soldiers and a civilian": one person after "and" is counted with the group before', () => {
  const killed = (text: string) => claimsOfText(text).filter((c) => c.outcome === 'killed').map((c) => c.low).sort();
  // Written in the style of reports from Kashmir, the Kerio Valley and north-central Nigeria.
  assert.deepEqual(killed('Indian and Pakistani troops exchanged fire across the Line of Control, killing two Indian soldiers and a civilian.'), [1, 2]);
  assert.deepEqual(killed('A suspected bandit shot dead two herders and a child near the river on Sunday.'), [3]);
  assert.deepEqual(claimsOfText('The drive-by shooting injured three adults and an 11-year-old girl.').map((c) => [c.outcome, c.low]), [['wounded', 4]]);
});

test('"killed a soldier and two civilians": a counted group after one person is its own party, one party\'s groups are added', () => {
  const killed = (text: string) => claimsOfText(text).filter((c) => c.outcome === 'killed').map((c) => `${c.low} ${c.party.kind}`).sort();
  // Written in the style of reports from the Sahel, Kashmir, South Sudan and Mexico.
  assert.deepEqual(killed('Gunmen killed a soldier and two civilians in an ambush near the border on Tuesday.'), ['1 military', '2 civilians']);
  assert.deepEqual(killed('Militants killed a policeman and three villagers in a raid on the district.'), ['1 police', '3 civilians']);
  assert.deepEqual(killed('Raiders killed a woman and her two children in Jonglei state.'), ['3 civilians']);
});

test('"the body of a man was found", "leading to the death of a bystander": one dead; a death protested is a grievance, no toll', () => {
  const killed = (text: string) => claimsOfText(text).filter((c) => c.outcome === 'killed').map((c) => c.low);
  // Written in the style of reports from Brazil, Syria, Yemen and Mexico.
  assert.deepEqual(killed('The body of a man with gunshot wounds was found under a bridge on the outskirts of Fortaleza.'), [1]);
  assert.deepEqual(killed('The body of a government soldier was found on the road between two villages in the Daraa countryside.'), [1]);
  assert.deepEqual(killed('Fighting broke out between two tribes in the market of the district, leading to the death of a bystander.'), [1]);
  assert.deepEqual(killed('Rebels and government troops clashed on the frontline, which resulted in the death of a commander.'), [1]);
  assert.deepEqual(killed('The bodies of three men were found in a ditch near Culiacan.'), [3]);
  // The death a crowd protests is why it marches, not a toll of the protest.
  assert.deepEqual(killed('Hundreds of students blocked the highway to protest the death of a classmate hit by a bus.'), []);
  assert.deepEqual(killed('Residents torched a police post following the death of a man in custody.'), []);
  assert.deepEqual(killed('A body of water separates the two camps.'), []);
});

test('who found the dead did not kill them: "troops discovered the bodies of four civilians" names no doer', () => {
  // Written in the style of reports from eastern Congo, Iraq, Kenya and Mexico.
  const e = current('Congolese troops discovered the bodies of four civilians in a mass grave near Beni on Monday.');
  // (Whoever killed them is unnamed: an unidentified armed group, as ACLED codes it; never the troops.)
  assert.equal(e?.actor1?.name, 'Unidentified Armed Group');
  assert.equal(e?.actor2?.name, 'Civilians (DR Congo)');
  assert.equal(current('Police recovered the bodies of two soldiers near Kirkuk on Monday.')?.actor1, null);
  assert.equal(current('Residents found the body of a herder near the river on Sunday, police said.')?.actor1?.name, 'Unidentified Armed Group');
  // A killing told with its agent keeps it.
  assert.equal(current('Gunmen killed four civilians near Beni and dumped their bodies in a river.')?.actor1?.name, 'Unidentified Armed Group');
});

test('a state\'s "strikes on" a place are its forces\' strikes from the air; a labour strike is not', () => {
  // Written in the style of reports from Gaza, Ukraine, north-west Syria and France.
  const gaza = current('Israeli strikes on the Jabalia camp killed dozens of people, the health ministry said.');
  assert.equal(gaza?.subEventType, 'Air/drone strike');
  assert.equal(gaza?.actor1?.name, 'Military Forces of Israel');
  const kyiv = current('Russian strikes on Kyiv and other cities killed at least 11 people on Monday.');
  assert.equal(kyiv?.subEventType, 'Air/drone strike');
  assert.equal(kyiv?.actor1?.name, 'Military Forces of Russia');
  assert.equal(current('Turkish strikes on Syrian government positions killed 19 soldiers, a monitor said.')?.eventType, 'Explosions/Remote violence');
  // Named means keep their own readings; workers' strikes stay off the list of strikes from the air.
  assert.equal(current('Russian missile strikes on a military base near Lviv killed 35 people.')?.subEventType, 'Shelling/artillery/missile attack');
  assert.notEqual(current('French strikes against the pension reform disrupted trains and flights on Monday.')?.eventType, 'Explosions/Remote violence');
});

test('a relative clause between people and their verb: "a soldier, who was abducted last week, was found dead" is one dead', () => {
  const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind}`).sort();
  // Written in the style of reports from Mali, Somalia, north-west Nigeria, Sudan and Afghanistan.
  assert.deepEqual(figures('A Malian soldier, who was abducted by jihadists near Gao last week, was found dead on Sunday, the army said.'), ['killed 1 military']);
  assert.deepEqual(figures('Two policemen were killed and a civilian, who was hit by a stray bullet, later died in hospital, officials said.'), ['killed 1 civilians', 'killed 2 police']);
  const miners = claimsOfText('Four miners who were seized by gunmen in Zamfara on Saturday were found dead, police said.').find((c) => c.outcome === 'killed');
  assert.equal(miners?.low, 4);
  assert.equal(miners?.background?.background, false);
  assert.deepEqual(figures('A protester who was shot by security forces in Khartoum on Monday died of his wounds on Wednesday.'), ['killed 1 unknown']);
  assert.ok(figures('Three Afghan soldiers, who had been wounded in a Taliban ambush in Helmand, have since died, the ministry said.').includes('killed 3 military'));
  // "the 40 who died" counts 40, not the figure of the clause before; a gerund after the clause is no main verb.
  assert.deepEqual(figures('The ministry said 300 soldiers were hurt in the offensive, besides the 40 who died after being hit by drones.'), ['killed 40 military', 'wounded 300 military']);
  // A verb joined to the clause's own by "and" stays inside it: no main verb, no figure.
  assert.deepEqual(figures('A herder who was kidnapped and later killed was named by the council.'), []);
});

test('a figure a running tally leaves out ("does not include the 340 who were killed") is counted over the same period', () => {
  const background = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low ?? c.high} ${c.background?.background}`);
  // Written in the style of reports from Colombia, Ukraine and Chicago's yearly tallies.
  assert.deepEqual(background('Nearly 2,000 civilians have been wounded by landmines, in addition to the 340 who were killed.'), ['wounded 2000 true', 'killed 340 true']);
  assert.deepEqual(background('More than 3,000 people have been shot in the city, and that does not include the 600 who died.'), ['killed_or_wounded 3000 true', 'killed 600 true']);
  // The figure a later one is left out of is a tally whatever its size; the one left out is the
  // event's own when its day or incident bounds it.
  assert.deepEqual(background('More than 1,500 people have been killed in the region, not counting the 12 killed in Tuesday\'s ambush.'), ['killed 1500 true', 'killed 12 false']);
  assert.deepEqual(background('Some 400 soldiers have been killed on the front, not counting the 35 who died of disease.'), ['killed 400 true', 'killed 35 true']);
});

test('people before a participle phrase, a part of a whole, a status and a place: whose verb counts whom', () => {
  const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low}`).sort();
  // Written in the style of reports from Ukraine, Borno, Yemen, Syria, eastern Congo, Darfur and Rakhine.
  // A participle right after people opens a clause of its own; the verb after it is the people's.
  assert.deepEqual(figures('A Ukrainian soldier deployed near Bakhmut was killed by shelling on Monday, the brigade said.'), ['killed 1']);
  assert.deepEqual(figures('Three Nigerian soldiers wounded in the ambush in Borno died in hospital, the army said.'), ['killed 3', 'wounded 3']);
  const fisherman = claimsOfText('A Yemeni fisherman kidnapped by pirates on Friday was found dead on the shore.').find((c) => c.outcome === 'killed');
  assert.equal(fisherman?.low, 1);
  assert.equal(fisherman?.background?.background, false);
  // "one of four", "two of the 11": the part is the count of a finite verb; the whole, of its participle.
  assert.deepEqual(figures('Of the Afghan police, one of six officers hurt by the car bomb in Kandahar has died.'), ['killed 1', 'wounded 6']);
  assert.deepEqual(figures('Two of the five Mexican police officers wounded in the ambush in Guanajuato died on Tuesday.'), ['killed 2', 'wounded 5']);
  assert.deepEqual(figures('Two of the 11 Congolese peacekeepers were killed in the attack.'), ['killed 2']);
  // "displaced persons" are people named by their status, not a displacement.
  assert.deepEqual(figures('Three internally displaced persons were killed when gunmen attacked a camp in Darfur.'), ['killed 3']);
  // Capitalised words after "in" are a place, not a second person; a name and its apposition are one.
  assert.deepEqual(figures('In Nong Pet Village, Mong Hsat Township, Shan State, a farmer was killed by a landmine.'), ['killed 1']);
  // A name right before its verb is the subject, even after an opening place.
  assert.deepEqual(figures('In Mogadishu, Abdi Hassan Farah was shot dead by gunmen.'), ['killed 1']);
  assert.deepEqual(figures('Mohammed Ali, a teacher at a school in Idlib, died in the strike.'), ['killed 1']);
  assert.deepEqual(figures('A teacher, a farmer, a trader were killed when the bus was ambushed.'), ['killed 3']);
});

test('agency verbs, "among them" breakdowns and one person of another side after "and"', () => {
  const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low ?? c.high} ${c.party.kind}`).sort();
  // Written in the style of communiqués from the Sahel and Russia, and of reports from Yemen, Kashmir and Iraq.
  assert.deepEqual(figures('The army said it had neutralised about 40 terrorists in the counter-offensive.'), ['killed 40 rebel']);
  assert.deepEqual(figures('The defence ministry said its forces eliminated up to 300 Ukrainian servicemen near Avdiivka.'), ['killed 300 military']);
  assert.deepEqual(figures('Engineers neutralised an explosive device on the road.'), []);
  // A person word before a thing names the thing: cells and camps are no people.
  assert.deepEqual(figures('The army said it eliminated three terrorist cells near Tillaberi.'), []);
  assert.deepEqual(figures('Troops destroyed two rebel camps and killed 15 rebels, the army said.'), ['killed 15 rebel']);
  // "among them" opens a breakdown as "including" does: the whole is the count.
  assert.ok(figures('The health ministry said 12 people, among them four children, were killed in the coalition strike.').includes('killed 12 unknown'));
  // One person of another side after "and" is a figure of that side.
  assert.deepEqual(figures('Five policemen and a civilian were injured when a grenade was thrown at a patrol.'), ['wounded 1 civilians', 'wounded 5 police']);
  assert.deepEqual(figures('Four men and a woman were shot.'), ['killed_or_wounded 5 civilians']);
  // The parts of a whole add up to it at most: the nine injured are not part of the four dead.
  assert.deepEqual(figures('Militants attacked a checkpoint, leaving 4 people dead among them 1 police officer and 3 civilians and 9 others injured.'), ['killed 1 police', 'killed 3 civilians', 'killed 4 unknown', 'wounded 9 civilians']);
});

test('a nationality in the plural counted as people is civilians of that country, not its army', () => {
  const victim = (text: string) => current(text)?.actor2?.name;
  // Written in the style of reports from Syria, the Sahel, the West Bank and the Kenya-Somalia border.
  assert.equal(victim('Gunmen killed 12 Syrians near the border on Monday.'), 'Civilians (Syria)');
  assert.equal(victim('Jihadists abducted eight Malians on the road to Gao.'), 'Civilians (Mali)');
  assert.equal(victim('Israeli troops shot dead three Palestinians in Jenin on Monday.'), 'Civilians (Palestine)');
  // A force after the nationality keeps the state's forces.
  assert.equal(victim('Jihadists killed 11 Malian soldiers near the border on Monday.'), 'Military Forces of Mali');
});

test('a country or territory struck is where; the civilians named after it are the victims', () => {
  // Written in the style of reports from Gaza, Ukraine and Armenia.
  const gaza = current('Israeli warplanes struck Gaza, killing 20 civilians.');
  assert.equal(gaza?.actor2?.name, 'Civilians (Palestine)');
  assert.equal(gaza?.location?.country, 'Palestine');
  assert.equal(current('Russian forces shelled Ukraine, killing five civilians, Kyiv said.')?.actor2?.name, 'Civilians (Ukraine)');
  // Soldiers killed are the state's forces, as before.
  assert.equal(current('Azerbaijani forces shelled Armenia, killing two Armenian soldiers.')?.actor2?.name, 'Military Forces of Armenia');
});
