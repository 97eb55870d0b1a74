/**
 * Event assembly (docs/extraction.md, "Events"): typed mentions and accusations become drafts
 * (drafts.ts), drafts of one event merge (merge.ts), claims go to the event they are about, events
 * known from figures alone are typed by ACLED's rules, the main event is put first, and each draft
 * is dated (event-dates.ts) and made an Event (to-event.ts).
 */
import type { Doc } from '../../annotate/doc.ts';
import type { Event } from '../../record/schema.ts';
import type { FoundClaim } from '../claims/index.ts';
import { findAccusations } from '../counterclaims.ts';
import { happened, MAX_MENTIONS, type EventMention } from '../mention.ts';
import { emptyDraft, fallbackType, isViolent, toEventDate, type Draft } from './draft.ts';
import { accusationDraft, draftFromMention } from './drafts.ts';
import { eventDate } from './event-dates.ts';
import { merge, sameEvent } from './merge.ts';
import { responsibleGroup } from './responsibility.ts';
import { GENERIC_GROUP } from '../actors.ts';
import { fillFromClaims, sidesFromClaims, toEvent, victimsAsTarget } from './to-event.ts';
import { hazardSentence } from '../typing/index.ts';
import { mapPacked } from '../../util/packed.ts';

export { isViolent } from './draft.ts';

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

/** Numbers drafts in the order they are made (ties in score keep it). */
interface Counter { next: number }

export function assembleEvents(inp: AssembleInput): Event[] {
  const { doc } = inp;
  const counter: Counter = { next: 0 };
  const drafts = mergedDrafts(inp, counter);
  routeClaims(inp, drafts, counter);
  for (const d of drafts) {
    if (d.score === 0 && d.claims.length) {
      // Created from figures alone: type, actors and date from those figures.
      if (!d.background) Object.assign(d, fallbackType(d.claims, doc.sentences[d.sentences[0]!]!.text));
      fillFromClaims(d);
    } else if (!d.actor2 && (d.eventType === 'Violence against civilians' || d.eventType === 'Explosions/Remote violence')) {
      // "Al-Shabaab fighters stormed a hotel, killing nine people": its victims are its target, and
      // so are they when nobody is named as the doer ("a suicide bomber blew himself up at a
      // mosque, killing 40 worshippers").
      victimsAsTarget(d);
    }
    if (!d.background) sidesFromClaims(d);
  }
  const ordered = mainFirst(inp, drafts, counter).slice(0, inp.maxEvents);
  for (const d of ordered) if (!d.date) d.date = eventDate(doc, d);
  const main = ordered[0] && !ordered[0].background && isViolent(ordered[0]) ? ordered[0] : null;
  // "… Al-Shabaab claimed responsibility": the group that claims the main attack is its doer when
  // the story names none (or only unidentified gunmen).
  if (main && (!main.actor1 || main.actor1.name === GENERIC_GROUP)) {
    const body = doc.sentences.slice(0, inp.bodySentences ?? doc.sentences.length).map((s) => s.index);
    const claimant = responsibleGroup(doc, body);
    if (claimant && claimant.name !== main.actor2?.name) main.actor1 = claimant;
  }
  return mapPacked(ordered, (d, i) => toEvent(doc, d, `${inp.articleId}:e${i + 1}`, inp.articleId, d === main ? inp : undefined));
}

/**
 * Drafts of the strongest mentions and of the accusations in a source's words ("X said Y shelled its
 * positions"), merged: the outlet's own words first (most important first), then what sources say, in
 * the order the article tells it: the first account of who attacked names the event's attacker, and a
 * later account naming the other side (a counter-claim) stays its own event.
 */
function mergedDrafts(inp: AssembleInput, counter: Counter): Draft[] {
  const { doc } = inp;
  const fresh: Draft[] = [];
  for (const m of inp.mentions.slice(0, MAX_MENTIONS)) if (happened(m)) fresh.push(draftFromMention(doc, m, counter.next++));
  for (let si = 0; si < doc.sentences.length; si++) {
    if (!inp.bodySentences || si < inp.bodySentences) for (const acc of findAccusations(doc, si)) fresh.push(accusationDraft(doc, acc, counter.next++, inp.mentions));
  }
  const ownVoice = fresh.filter((d) => !d.allAttributed);
  const sourced = fresh.filter((d) => d.allAttributed).sort((a, b) => a.sentences[0]! - b.sentences[0]!);
  const drafts: Draft[] = [];
  for (const d of [...ownVoice, ...sourced]) {
    const same = drafts.find((x) => sameEvent(x, d));
    if (same) merge(same, d);
    else drafts.push(d);
  }
  return drafts;
}

/**
 * Claims go to the event they are about: a recalled event for recalled figures (the claims'
 * background refiner says which; its own sentence or the next), else the violent event of the same
 * sentence, else the nearest violent event told before it, else the first violent one; else an event
 * of their own.
 */
function routeClaims(inp: AssembleInput, drafts: Draft[], counter: Counter): void {
  const { doc } = inp;
  for (const c of inp.claims) {
    const bg = c.background ?? { background: false, date: null };
    const pool = drafts.filter((d) => d.background === bg.background && (isViolent(d) || bg.background));
    // People arrested are the arrests' figure ("arrested 12 suspected members of a gang in a raid").
    const arrests = c.outcome === 'arrested' ? drafts.find((d) => d.background === bg.background && d.subEventType === 'Arrests') : undefined;
    // People killed or hurt by their own bomb going off early ("three bombers died when the device
    // they were planting exploded") are the figures of that disrupted weapons use, told in their
    // sentence, when the text tells no violent event.
    const hurt = c.outcome === 'killed' || c.outcome === 'wounded' || c.outcome === 'killed_or_wounded';
    const disrupted = hurt && !pool.some(isViolent) ? drafts.find((d) => d.background === bg.background && d.subEventType === 'Disrupted weapons use' && d.sentences.includes(c.sentenceIndex)) : undefined;
    // People held, told in the sentence of their release ("three hostages were handed over to the Red
    // Cross"), are the release's figure, no capture of their own.
    const released = c.outcome === 'captured' || c.outcome === 'abducted' ? drafts.find((d) => d.background === bg.background && d.subEventType === 'Agreement' && d.sentences.includes(c.sentenceIndex)) : undefined;
    let target = arrests ?? released ?? pool.find((d) => d.sentences.includes(c.sentenceIndex) && isViolent(d)) ?? disrupted
      ?? (bg.background ? undefined : pool.find((d) => d.sentences.includes(c.sentenceIndex)));
    // (Not a tally: a toll over a period up to now is many events', not the recalled one's next to it.)
    if (!target && bg.background && !bg.tally) target = pool.find((d) => isViolent(d) && d.sentences.some((s) => Math.abs(s - c.sentenceIndex) <= 1));
    if (!target && !bg.background) {
      const earlier = pool.filter((d) => Math.min(...d.sentences) <= c.sentenceIndex);
      target = earlier.sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences))[0] ?? pool[0];
    }
    // "No injuries were reported": nobody hurt makes no event of its own when the text tells one;
    // it is said of that event (its sentence's, else the first). Alone, it still marks an event.
    if (!target && c.high === 0) target = drafts.find((d) => d.background === bg.background && d.sentences.includes(c.sentenceIndex)) ?? drafts.find((d) => d.background === bg.background);
    // "40 people died when a boat capsized": a figure of an accident, no conflict event's, unless the
    // text tells violence it belongs to ("the gunman was injured when his car crashed as he fled").
    if (!pool.some(isViolent) && hazardSentence(doc, c.sentenceIndex)) continue;
    if (!target) {
      target = emptyDraft(fallbackType([c], doc.sentences[c.sentenceIndex]!.text), c.sentenceIndex, doc, bg.background, counter.next++);
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
}

/**
 * The current events, main event first, then the recalled ones. When every event is recalled, the
 * best told is the article's main event, current. The leading typed event goes first unless it is not
 * violent (nor a demonstration, nor the text's label) while a violent event carries the article's
 * figures of people hurt; a headline that reports people shot or killed puts a violent event first.
 */
function mainFirst(inp: AssembleInput, drafts: Draft[], counter: Counter): Draft[] {
  if (!drafts.some((d) => !d.background)) {
    const best = drafts.filter((d) => d.score > 0).sort((a, b) => b.score - a.score || a.order - b.order)[0];
    if (best) {
      best.background = false;
      // Its tolls over a period up to now ("fighting since October has killed 400") stay recalled:
      // the event is told, but the figure is many events', never its own.
      const tallies = best.claims.filter((c) => c.background?.tally);
      if (tallies.length) {
        const recalled = emptyDraft(best, tallies[0]!.sentenceIndex, inp.doc, true, counter.next++);
        recalled.claims = tallies;
        recalled.anchors = tallies.map((c) => ({ si: c.sentenceIndex, at: c.at }));
        recalled.date = best.date;
        best.claims = best.claims.filter((c) => !tallies.includes(c));
        fillFromClaims(recalled);
        drafts.push(recalled);
      }
      // Now current, it is dated as a current event is: a day its sentences tell beats the coarser
      // date of the cue that made it look recalled ("On 23 October traders protested the closure
      // (since July) of the market": 23 October, not July).
      // A tally's start ("since October") is no day of the event told with it: it is dated afresh.
      if (best.date && (tallies.length || best.date.precision > 1)) {
        const own = eventDate(inp.doc, { ...best, date: null });
        if (tallies.length || own.mention && own.precision < best.date.precision) best.date = own;
      }
    }
  }
  const live = drafts.filter((d) => !d.background);
  const withFigures = (d: Draft) => d.claims.some((c) => c.outcome !== 'arrested' && c.outcome !== 'displaced' && !c.negated && (c.high ?? c.low ?? 0) > 0);
  live.sort((a, b) => b.score - a.score || a.order - b.order);
  const lead = live[0];
  if (lead && !isViolent(lead) && lead.eventType !== 'Protests' && !lead.labelled) {
    const alt = live.find((d) => isViolent(d) && withFigures(d));
    if (alt) { live.splice(live.indexOf(alt), 1); live.unshift(alt); }
  }
  const headlineHurt = (inp.headlineClaims ?? []).some((c) => (c.outcome === 'killed' || c.outcome === 'wounded' || c.outcome === 'killed_or_wounded') && (c.high ?? c.low ?? 0) > 0 && !c.negated);
  if (headlineHurt && inp.doc.sentences.length && !(live[0] && isViolent(live[0]))) {
    const violent = live.find((d) => isViolent(d));
    if (violent) { live.splice(live.indexOf(violent), 1); live.unshift(violent); }
    else live.unshift(emptyDraft({ eventType: 'Violence against civilians', subEventType: 'Attack' }, 0, inp.doc, false, counter.next++));
  }
  return [...live, ...drafts.filter((d) => d.background)];
}
