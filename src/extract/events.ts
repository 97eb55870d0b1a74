import type { DateMention } from '../annotate/dates.ts';
import type { Doc } from '../annotate/doc.ts';
import type { Actor, Event, EventDate, Party, Place, Span } from '../record/schema.ts';
import { eventTypeOf } from '../record/taxonomy.ts';
import { ACTORS, civiliansOf, countryName, governmentOf, militaryOf, type ActorMention } from './actors.ts';
import { ATTRIBUTION, type Attribution } from './attribution.ts';
import { backgroundAt } from './background.ts';
import type { FoundClaim } from './claims/index.ts';
import { happened, LABEL_END, MAX_MENTIONS, type EventMention } from './mention.ts';
import { findAccusations } from './counterclaims.ts';
import { computeTotals, withHeadline } from './totals.ts';

/** An event being assembled from mentions and claims. */
interface Draft {
  subEventType: string;
  eventType: string;
  background: boolean;
  score: number;
  order: number;
  sentences: number[];
  evidence: Span[];
  date: EventDate | null;
  /** Where the event is told (sentence, offset of its words): its date is read from the first of these
   *  that gives one, once the article's events are known (chrono costs, so only for events kept). */
  anchors: { si: number; at: number }[];
  actor1: Actor | null;
  actor2: Actor | null;
  associated: Actor[];
  mediator: Actor | null;
  assertedBy: Party | null;
  /** Every mention of the event was in someone's words ("X said Y shelled …"). */
  allAttributed: boolean;
  claims: FoundClaim[];
  direction: Event['direction'];
  /** Who relayed the words (Reuters, Interfax), for the notes. */
  relay: string | null;
  /** The class of the victim as the typing read it next to the trigger (civ, locals, gov, nonstate,
   *  armed, none); undefined for events made from figures alone. */
  patient?: string;
  /** The trigger is the article's own label ("Property destruction: …"): the coder named the event. */
  labelled?: boolean;
}

/** Casualty words typed as events: the actor before them is who suffered. */
const CASUALTY_TRIGGER = /^(?:dead|died|killed|wounded|injured|hurt|missing|captured|deaths?|casualties|fatalities)$/i;
/** Words that tell who attacked whom (the rest of a battle reads as mutual). */
const ATTACK_WORDS = /\b(?:offensive|assault|attack|attacked|attacking|launched|raid|raided|ambush|ambushed|shelled|struck|stormed|invaded|invasion|bombed|fired on|opened fire)\b/i;
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
const MUTUAL_SUBS = new Set(['Armed clash', 'Agreement', 'Talks', 'Mediation', 'Non-violent transfer of territory']);

export function isViolent(d: { eventType: string; subEventType: string }): boolean {
  return VIOLENT_TYPES.has(d.eventType) || d.subEventType === 'Excessive force against protesters' || d.subEventType === 'Protest with intervention';
}

function toEventDate(d: DateMention): EventDate {
  return { start: d.date, end: d.endDate, precision: d.precision, mention: { text: d.text, start: d.start, end: d.end } };
}

/** Armed parties of a violent event: a country word stands for its forces, a capital for its government. */
function asArmed(a: ActorMention, violent: boolean): Actor {
  const act = a.actor;
  if (!violent || !act.country) return act;
  if (act.kind === 'state' || (a.via === 'demonym') || (a.via === 'possessive')) return militaryOf(act.country);
  return act;
}


/** The date in sentence si nearest to the trigger, not a "since …" comparison and not a recalled past. */
function dateNear(doc: Doc, si: number, at: number, background: boolean): DateMention | null {
  const ds = doc.dates(si);
  if (!ds.length) return null;
  const text = doc.text;
  const ok = ds.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 20), d.start).toLowerCase();
    if (/since\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$/.test(before)) return false;
    if (!background && doc.ref && d.yearOnly && Number(d.date.slice(0, 4)) < Number(doc.ref.day.slice(0, 4))) return false;
    return true;
  });
  if (!ok.length) return null;
  // Day-precise first; a date that names its month or year ("27 September 2018") before one
  // relative to publication ("the day before"); then the nearest to the event's words.
  const relative = (d: DateMention) => (/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(d.text) ? 0 : 1);
  ok.sort((a, b) => (a.precision - b.precision) * 100000 + (relative(a) - relative(b)) * 10000 + Math.abs(a.start - at) - Math.abs(b.start - at));
  return ok[0]!;
}

interface Context { doc: Doc; actorsOf: (si: number) => ActorMention[]; attrOf: (si: number) => Attribution }

function draftFromMention(ctx: Context, m: EventMention, order: number): Draft {
  const { doc } = ctx;
  const si = m.sentenceIndex;
  const s = doc.sentences[si]!;
  const tokens = s.tokens;
  const at = Math.max(0, tokens.findIndex((t) => t.end > m.trigger.start));
  const bg = backgroundAt(doc, si, at);
  const violent = isViolent(m);
  const attr = ctx.attrOf(si);
  const actors = ctx.actorsOf(si).filter((a) => a.via !== 'media' && !attr.sources.some(([x, y]) => a.start >= x && a.end <= y));
  // The mediator ("mediated by the Russian side", "Russia … brokered") is not a party.
  const mediated = /\b(?:mediat|broker)/i.test(s.text);
  let mediator: Actor | null = null;
  let medAt = -1;
  if (mediated) {
    const med = actors.find((a) => /^(?:by|brokered|mediated)$/.test(tokens[a.start - 1]?.lower ?? '') || /^(?:by|brokered|mediated)$/.test(tokens[a.start - 2]?.lower ?? '') || tokens[a.end]?.lower === 'brokered' || (tokens[a.end]?.lower === ',' && /\bbrokered\b/.test(s.text)));
    if (med) { mediator = med.actor.country ? governmentOf(med.actor.country) : med.actor; medAt = med.start; }
  }
  const parties = actors.filter((a) => a.start !== medAt);
  // Agent: the nearest actor before the trigger that is not a target ("against Armenia", "on Armenian
  // positions"); patient: a target, else the first actor after the trigger; "by X" is an agent.
  const isTarget = (a: ActorMention) => /^(?:against|on|at|targeting|into)$/.test(tokens[a.start - 1]?.lower ?? '');
  // Who fights is named next to the fighting words; further away are bystanders of the sentence
  // ("Armenia had asked Moscow to help … after the worst fighting").
  const reach = violent ? 6 : 14;
  const before = parties.filter((a) => a.end <= at + 1 && at - a.end <= reach).reverse();
  const after = parties.filter((a) => a.start > at && a.start - at <= reach);
  let a1 = before.find((a) => !isTarget(a)) ?? null;
  // A casualty word's subject is the victim: "25 Armenian soldiers are reported as dead".
  let victim: ActorMention | null = null;
  if (a1 && CASUALTY_TRIGGER.test(m.trigger.text)) { victim = a1; a1 = null; }
  let a2 = victim ?? after.find((a) => a !== a1) ?? before.find((a) => isTarget(a)) ?? null;
  const byAgent = after.find((a) => tokens[a.start - 1]?.lower === 'by' || tokens[a.start - 2]?.lower === 'by');
  if (byAgent && violent) { a2 = a1; a1 = byAgent; }
  if (a1 && a2 && a1.actor.country && a1.actor.country === a2.actor.country && a1.actor.kind === a2.actor.kind) a2 = after.find((a) => a !== a1 && a !== a2 && a.actor.country !== a1!.actor.country) ?? null;
  if (!a2 && MUTUAL_SUBS.has(m.subEventType)) {
    const other = before.find((a) => a !== a1 && a.actor.country !== a1?.actor.country);
    if (other) { a2 = a1; a1 = other; }
  }
  const associated = [...before, ...after].filter((a) => a !== a1 && a !== a2 && a.actor.name !== a1?.actor.name && a.actor.name !== a2?.actor.name && a.actor.country !== null).map((a) => asArmed(a, violent));
  // Said in someone's words rather than the outlet's own: "…, the Kremlin said", "X said Y shelled …".
  const attributed = attr.claimedBy !== null || m.modality === 'reported';
  return {
    subEventType: m.subEventType,
    eventType: m.eventType || eventTypeOf(m.subEventType),
    background: bg.background,
    score: m.score,
    order,
    sentences: [si],
    evidence: [{ text: s.text, start: s.start, end: s.end }],
    date: bg.background && bg.date ? toEventDate(bg.date) : null,
    anchors: [{ si, at: m.trigger.start }],
    actor1: a1 ? asArmed(a1, violent) : null,
    actor2: a2 ? asArmed(a2, violent) : null,
    associated,
    mediator,
    assertedBy: attributed ? attr.claimedBy : null,
    relay: attr.reportedBy?.name ?? null,
    allAttributed: attributed,
    claims: [],
    direction: ATTACK_WORDS.test(m.trigger.text) && a1 && a2 ? 'actor1_on_actor2' : MUTUAL_SUBS.has(m.subEventType) || m.eventType === 'Diplomacy' ? 'mutual' : a1 && a2 ? 'actor1_on_actor2' : 'none',
    patient: m.patient,
    labelled: si === 0 && m.trigger.end <= doc.value(LABEL_END),
  };
}


const countriesOf = (d: Draft) => new Set([d.actor1?.country, d.actor2?.country].filter((c): c is string => !!c));

/**
 * Two drafts of one event: same family (violent events merge across sub-types, as ACLED codes one
 * event per actor pair, place and day), same recalled-or-not, actors from the same countries, no
 * conflicting day. A counter-claim in someone's words ("X said Y shelled first") stays its own event.
 */
function sameEvent(a: Draft, b: Draft): boolean {
  if (a.background !== b.background) return false;
  const violent = isViolent(a) && isViolent(b);
  if (!violent && a.subEventType !== b.subEventType) return false;
  // Violence told in the outlet's own words is one incident per article unless a day tells otherwise
  // (mutual fighting names each side in turn); other kinds need compatible parties.
  const ca = countriesOf(a), cb = countriesOf(b);
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((c) => y.has(c));
  if (!violent && ca.size && cb.size && !subset(ca, cb) && !subset(cb, ca)) return false;
  if (a.background && a.date && b.date && a.date.start?.slice(0, 4) !== b.date.start?.slice(0, 4)) return false;
  // Words of one source about what the other side did ("X said Y shelled …") stay their own event
  // when they name another attacker.
  if ((a.allAttributed || b.allAttributed) && a.actor1?.country && b.actor1?.country && a.actor1.country !== b.actor1.country) return false;
  // Talks, appeals, agreements: the same parties, or one side unnamed.
  if (!violent) {
    const names = (d: Draft) => [d.actor1?.name, d.actor2?.name].filter(Boolean).sort().join('|');
    if (names(a) && names(b) && names(a) !== names(b)) return false;
  }
  return true;
}

function merge(into: Draft, d: Draft): void {
  into.sentences.push(...d.sentences);
  into.anchors.push(...d.anchors);
  for (const e of d.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
  if (!into.date || (d.date && d.date.precision < into.date.precision)) into.date = d.date;
  into.actor1 ??= d.actor1;
  into.actor2 ??= d.actor2;
  if (into.actor2 && into.actor1 && into.actor2.country === into.actor1.country && d.actor2 && d.actor2.country !== into.actor1.country) into.actor2 = d.actor2;
  for (const a of d.associated) if (!into.associated.some((x) => x.name === a.name)) into.associated.push(a);
  into.relay ??= d.relay;
  if (d.direction === 'actor1_on_actor2' && into.direction !== 'actor1_on_actor2' && (!into.actor1 || into.actor1.country === d.actor1?.country)) {
    into.direction = 'actor1_on_actor2';
    into.actor1 = d.actor1;
    into.actor2 = d.actor2;
  }
  if (into.direction === 'none' && into.actor1 && into.actor2) into.direction = MUTUAL_SUBS.has(into.subEventType) ? 'mutual' : 'actor1_on_actor2';
  into.mediator ??= d.mediator;
  into.patient ??= d.patient;
  into.allAttributed = into.allAttributed && d.allAttributed;
  if (!into.allAttributed) into.assertedBy = null;
  // The type is the best-told reading's, whichever voice told it first ("Soldiers executed 300
  // civilian men, a rights group said. … witnesses described soldiers shooting them").
  if (d.score > into.score) {
    into.subEventType = d.subEventType; into.eventType = d.eventType; into.patient = d.patient; into.labelled = d.labelled;
  }
  into.score = Math.max(into.score, d.score);
}

/** Type of an event known only from its casualty figures (no typed mention): ACLED's rules. */
function fallbackType(claims: FoundClaim[], text = ''): { eventType: string; subEventType: string } {
  if (/\b(?:war|fighting|clashes|battle|offensive|hostilities)\b/i.test(text)) return { eventType: 'Battles', subEventType: 'Armed clash' };
  const kinds = new Set(claims.map((c) => c.party.kind));
  const sides = new Set(claims.filter((c) => c.party.kind === 'military' || c.party.kind === 'rebel').map((c) => c.party.country ?? c.party.kind));
  if (sides.size >= 2 || (kinds.has('military') && kinds.has('rebel'))) return { eventType: 'Battles', subEventType: 'Armed clash' };
  return { eventType: 'Violence against civilians', subEventType: 'Attack' };
}

function emptyDraft(sub: { eventType: string; subEventType: string }, si: number, doc: Doc, background: boolean, order: number): Draft {
  const s = doc.sentences[si]!;
  return {
    ...sub, background, score: 0, order, sentences: [si], evidence: [{ text: s.text, start: s.start, end: s.end }], date: null, anchors: [{ si, at: s.start }],
    actor1: null, actor2: null, associated: [], mediator: null, assertedBy: null, allAttributed: false, claims: [], direction: 'none', relay: null,
  };
}

/** Where the article's body ends: "Related stories", "Copyright", … after the first lines. */
export function bodyEnd(doc: Doc, isPageEnd: (si: number) => boolean): number {
  for (let i = 3; i < doc.sentences.length; i++) if (isPageEnd(i)) return i;
  return doc.sentences.length;
}

export interface AssembleInput {
  doc: Doc;
  mentions: EventMention[];
  claims: FoundClaim[];
  articleId: string;
  maxEvents: number;
  /** Claims read from the headline (not part of the text): they fill gaps in the main event's totals. */
  headlineClaims?: FoundClaim[];
  headline?: string | null;
  /** Sentences [0, bodySentences) are the article's own text (the rest is page furniture). */
  bodySentences?: number;
}

function accusationDraft(ctx: Context, acc: ReturnType<typeof findAccusations>[number], order: number, mentions: EventMention[]): Draft {
  const s = ctx.doc.sentences[acc.sentenceIndex]!;
  const score = Math.max(0, ...mentions.filter((m) => m.sentenceIndex === acc.sentenceIndex).map((m) => m.score));
  const bg = backgroundAt(ctx.doc, acc.sentenceIndex, Math.max(0, s.tokens.findIndex((t) => t.start >= acc.at)));
  return {
    subEventType: acc.subEventType, eventType: acc.eventType, background: bg.background, score, order,
    sentences: [acc.sentenceIndex], evidence: [{ text: s.text, start: s.start, end: s.end }],
    date: bg.background && bg.date ? toEventDate(bg.date) : null, anchors: [{ si: acc.sentenceIndex, at: acc.at }],
    actor1: asArmed(acc.accused, true), actor2: acc.target ? asArmed(acc.target, true) : null, associated: [], mediator: null,
    assertedBy: acc.assertedBy, allAttributed: true, claims: [], direction: 'actor1_on_actor2', relay: null,
  };
}

export function assembleEvents(inp: AssembleInput): Event[] {
  const { doc } = inp;
  const ctx: Context = { doc, actorsOf: (si) => doc.get(ACTORS, si), attrOf: (si) => doc.get(ATTRIBUTION, si) };
  const drafts: Draft[] = [];
  let order = 0;
  const fresh: Draft[] = [];
  // The strongest mentions are enough to find the article's events (long pages list hundreds).
  for (const m of inp.mentions.slice(0, MAX_MENTIONS)) {
    if (!happened(m)) continue;
    fresh.push(draftFromMention(ctx, m, order++));
  }
  // Accusations in a source's words ("X said Y shelled its positions") are drafts of their own.
  for (let si = 0; si < doc.sentences.length; si++) {
    if (!inp.bodySentences || si < inp.bodySentences) for (const acc of findAccusations(doc, si)) fresh.push(accusationDraft(ctx, acc, order++, inp.mentions));
  }
  // The outlet's own words first (most important first), then what sources say, in the order the
  // article tells it: the first account of who attacked names the event's attacker, and a later
  // account naming the other side (a counter-claim) stays its own event.
  const ownVoice = fresh.filter((d) => !d.allAttributed);
  const sourced = fresh.filter((d) => d.allAttributed).sort((a, b) => a.sentences[0]! - b.sentences[0]!);
  for (const d of [...ownVoice, ...sourced]) {
    const same = drafts.find((x) => sameEvent(x, d));
    if (same) merge(same, d);
    else drafts.push(d);
  }
  // Claims go to the event they are about: a recalled event for recalled figures (the claims'
  // background refiner says which), else the violent event of the same sentence, else the nearest
  // violent event before, else the first violent one.
  for (const c of inp.claims) {
    const bg = c.background ?? { background: false, date: null };
    const pool = drafts.filter((d) => d.background === bg.background && (isViolent(d) || bg.background));
    let target = pool.find((d) => d.sentences.includes(c.sentenceIndex) && isViolent(d))
      ?? (bg.background ? undefined : pool.find((d) => d.sentences.includes(c.sentenceIndex)));
    // A recalled figure belongs to a recalled violent event of its own sentence or the next.
    if (!target && bg.background) target = pool.find((d) => isViolent(d) && d.sentences.some((s) => Math.abs(s - c.sentenceIndex) <= 1));
    if (!target && !bg.background) {
      const earlier = pool.filter((d) => Math.min(...d.sentences) <= c.sentenceIndex);
      target = earlier.sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences))[0] ?? pool[0];
    }
    if (!target) {
      target = emptyDraft(fallbackType([c], doc.sentences[c.sentenceIndex]!.text), c.sentenceIndex, doc, bg.background, order++);
      if (bg.background && bg.date) target.date = toEventDate(bg.date);
      drafts.push(target);
    }
    target.claims.push(c);
    if (target.score === 0) target.anchors.push({ si: c.sentenceIndex, at: c.at });
    if (!target.sentences.includes(c.sentenceIndex)) {
      target.sentences.push(c.sentenceIndex);
      const s = doc.sentences[c.sentenceIndex]!;
      if (!target.evidence.some((e) => e.start === s.start)) target.evidence.push({ text: s.text, start: s.start, end: s.end });
    }
  }
  for (const d of drafts) {
    if (d.score === 0 && d.claims.length) {
      // Created from figures alone: type, actors and date from those figures.
      if (!d.background) Object.assign(d, fallbackType(d.claims, doc.sentences[d.sentences[0]!]!.text));
      fillFromClaims(d);
    }
  }
  // Background is context recalled around a main event. When every event of the article is recalled
  // ("two months ago militiamen killed two", "a mob last week lynched a suspect", "students held a
  // demonstration after a student was hit by a bus last week"), the article reports the best told of
  // them: that one is its main event, recent rather than background.
  if (!drafts.some((d) => !d.background)) {
    const best = drafts.filter((d) => d.score > 0).sort((a, b) => b.score - a.score || a.order - b.order)[0];
    if (best) best.background = false;
  }
  // Main event first: the leading typed event, unless it is not violent while a violent event carries
  // the article's casualty figures (people actually hurt: "no casualties" is no figure).
  const live = drafts.filter((d) => !d.background);
  const withFigures = (d: Draft) => d.claims.some((c) => c.outcome !== 'arrested' && c.outcome !== 'displaced' && !c.negated && (c.high ?? c.low ?? 0) > 0);
  live.sort((a, b) => b.score - a.score || a.order - b.order);
  const lead = live[0];
  // (A demonstration stays first: its figures may be about the violence it answers; so does an event
  // the text names in its label, "Property destruction: …".)
  if (lead && !isViolent(lead) && lead.eventType !== 'Protests' && !lead.labelled) {
    const alt = live.find((d) => isViolent(d) && withFigures(d));
    if (alt) { live.splice(live.indexOf(alt), 1); live.unshift(alt); }
  }
  // A headline that reports people shot or killed ("Boy shot sister in face by accident") names the
  // main event even when the text's first typed event is something else or the text has none.
  const headlineHurt = (inp.headlineClaims ?? []).some((c) => (c.outcome === 'killed' || c.outcome === 'wounded' || c.outcome === 'killed_or_wounded') && (c.high ?? 0) > 0 && !c.negated);
  if (headlineHurt && doc.sentences.length && !(live[0] && isViolent(live[0]))) {
    const violent = live.find((d) => isViolent(d));
    if (violent) { live.splice(live.indexOf(violent), 1); live.unshift(violent); }
    else live.unshift(emptyDraft({ eventType: 'Violence against civilians', subEventType: 'Attack' }, 0, doc, false, order++));
  }
  const ordered = [...live, ...drafts.filter((d) => d.background)].slice(0, inp.maxEvents);
  for (const d of ordered) if (!d.date) d.date = dateOf(ctx, d) ?? firstDate(ctx, d);
  const main = ordered[0] && !ordered[0].background && isViolent(ordered[0]) ? ordered[0] : null;
  return ordered.map((d, i) => toEvent(ctx, d, `${inp.articleId}:e${i + 1}`, inp.articleId, d === main ? inp : undefined));
}

/** The first date given where the event is told, day-precise ones first. */
function dateOf(ctx: Context, d: Draft): EventDate | null {
  let best: DateMention | null = null;
  for (const a of d.anchors) {
    const dm = dateNear(ctx.doc, a.si, a.at, d.background);
    if (dm && (!best || dm.precision < best.precision)) best = dm;
    if (best?.precision === 1) break;
  }
  return best ? toEventDate(best) : null;
}

function firstDate(ctx: Context, d: Draft): EventDate {
  const { doc } = ctx;
  if (!d.background) {
    // The lead's date (first sentences), then the publication day with week precision.
    for (let si = 0; si < Math.min(doc.sentences.length, 6); si++) {
      const dm = dateNear(doc, si, doc.sentences[si]!.start, false);
      if (dm && !backgroundAt(doc, si, 0).background) return toEventDate(dm);
    }
  }
  const pub = doc.ref?.day ?? null;
  if (d.background) return { start: null, end: null, precision: 5, mention: null };
  return { start: pub, end: pub, precision: pub ? 3 : 5, mention: null };
}

function fillFromClaims(d: Draft): void {
  const victims = d.claims.find((c) => c.outcome === 'killed' || c.outcome === 'wounded' || c.outcome === 'killed_or_wounded');
  if (victims && !d.actor2) {
    const p = victims.party;
    d.actor2 = p.kind === 'military' && p.country ? militaryOf(p.country) : p.kind === 'civilians' || p.kind === 'unknown' ? civiliansOf(p.country) : { name: p.name, kind: p.kind, country: p.country, inter: p.kind === 'police' ? 1 : p.kind === 'rebel' ? 2 : p.kind === 'group' ? 3 : null };
  }
}

/** Country-level place when the event's country is clear from its actors; places/ refines it. */
function countryPlace(ctx: Context, d: Draft): Place | null {
  let iso3: string | null = null;
  // Where the fighting is: a country named after "in"/"on"/"inside" in the event's sentences.
  for (const si of d.sentences) {
    const tokens = ctx.doc.sentences[si]!.tokens;
    for (const a of ctx.actorsOf(si)) {
      const prev = tokens[a.start - 1]?.lower;
      if (a.actor.country && (a.via === 'country' || a.via === 'possessive') && (prev === 'in' || prev === 'on' || prev === 'inside' || prev === 'against' || (prev === 'the' && tokens[a.start - 2]?.lower === 'on'))) { iso3 = a.actor.country; break; }
    }
    if (iso3) break;
  }
  if (!iso3) {
    const target = d.direction === 'actor1_on_actor2' ? d.actor2 ?? d.actor1 : d.actor1 ?? d.actor2;
    const cs = new Set([d.actor1?.country, d.actor2?.country].filter(Boolean));
    if (target?.country && (cs.size === 1 || d.direction === 'actor1_on_actor2')) iso3 = target.country;
  }
  if (!iso3) return null;
  return { name: countryName.get(iso3) ?? iso3, admin1: null, country: countryName.get(iso3) ?? iso3, iso3, latitude: null, longitude: null, precision: 6 };
}

/** Victim classes of the typing that are armed: an attack on them is a battle. */
const ARMED_PATIENT = new Set(['gov', 'nonstate', 'armed']);

/**
 * ACLED: violence against civilians needs civilian victims; an attack on armed forces is a battle.
 * The typing's reading of the victim next to the trigger decides when it has one: "police shot dead a
 * civilian", "gunmen kill Italian missionary" (a demonym is not an army), "raiders attacked the
 * village" stay attacks; only figures-alone events and attacks on an armed patient are re-typed.
 */
function fixTyping(d: Draft): void {
  if (d.patient !== undefined && !ARMED_PATIENT.has(d.patient)) return;
  if (d.eventType === 'Violence against civilians' && d.subEventType === 'Attack' && d.actor2 && (d.actor2.kind === 'military' || d.actor2.kind === 'rebel')) {
    d.eventType = 'Battles'; d.subEventType = 'Armed clash';
  }
}

/** Short notes: who said it and who relayed it, and positions lost ("lost two military positions"). */
function notesOf(ctx: Context, d: Draft): string | undefined {
  const notes: string[] = [];
  if (d.assertedBy) notes.push(`according to ${d.assertedBy.name}${d.relay ? ` (reported by ${d.relay})` : ''}`);
  else if (d.relay) notes.push(`reported by ${d.relay}`);
  for (const si of d.sentences) {
    const m = /\blost (\w+) (?:military )?positions\b/i.exec(ctx.doc.sentences[si]!.text);
    const loser = d.direction === 'actor1_on_actor2' ? d.actor2 : null;
    if (m) notes.push(`${loser?.country ? countryName.get(loser.country) : 'a side'} lost ${m[1]} positions`);
  }
  return notes.length ? notes.join('; ') : undefined;
}

function toEvent(ctx: Context, d: Draft, id: string, articleId: string, main?: AssembleInput): Event {
  fixTyping(d);
  const claims = d.claims.map(({ sentenceIndex: _s, at: _a, partyKey: _p, additive: _d, singular: _g, background: _b, ...c }) => ({ ...c, articleId }));
  const h = main?.headlineClaims?.length ? withHeadline(d.claims, main.headlineClaims) : { claims: d.claims, used: false };
  const { totals, fatalities } = computeTotals(h.claims);
  const ev: Event = {
    id,
    eventType: d.eventType,
    subEventType: d.subEventType,
    background: d.background,
    date: d.date ?? { start: null, end: null, precision: 5, mention: null },
    location: countryPlace(ctx, d),
    actor1: d.actor1,
    actor2: d.actor2,
    associatedActors: d.associated,
    claims,
    totals,
    fatalities,
    evidence: d.evidence.sort((a, b) => a.start - b.start),
    articles: [articleId],
    direction: d.direction,
  };
  if (d.assertedBy) ev.assertedBy = d.assertedBy;
  if (d.mediator) ev.mediator = d.mediator;
  if (d.eventType === 'Violence against civilians') ev.civilianTargeting = true;
  let notes = notesOf(ctx, d);
  if (h.used) notes = [notes, `figures from the headline: "${main!.headline}"`].filter(Boolean).join('; ');
  if (notes) ev.notes = notes;
  return ev;
}
