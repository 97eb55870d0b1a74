/**
 * What makes a change worth an alert. An event is reduced to a digest — each side's figure per
 * outcome, the claimants, the contradictions, the date — and an alert says how the digest moved:
 * a revised figure, a new claimant, a new contradiction, a later date. A digest is stored for each
 * alerted event (store/feeds.ts), so a report that brings nothing new, or the same report read again
 * after a restart, alerts nothing.
 */
import type { Event } from '../record/schema.ts';
import { contradictionsOf, groupClaims, type ClaimLike } from '../resolve/reconcile.ts';
import type { AlertReason } from './types.ts';

export interface EventDigest {
  v: 1;
  /** "party|outcome" → the group's range under the conservative rule, and words for it. */
  figures: Record<string, { low: number | null; best: number | null; high: number | null; label: string }>;
  /** Lower-cased claimant → its name as written. */
  claimants: Record<string, string>;
  /** "party|outcome" → the contradiction's note. */
  contradictions: Record<string, string>;
  /** The event's date; null when not known (a digest made without it compares no date). */
  date: { start: string | null; end: string | null } | null;
}

/** The digest of an event from its claims and date (`withDate` false: leave the date out). */
export function digestOf(e: Pick<Event, 'claims' | 'date'>, withDate = true): EventDigest {
  const claims = e.claims as ClaimLike[];
  const figures: EventDigest['figures'] = {};
  for (const g of groupClaims(claims, 'conservative')) {
    if (g.range.low === null && g.range.best === null && g.range.high === null) continue;
    figures[g.party.toLowerCase() + '|' + g.outcome] = { ...g.range, label: `${g.party} ${g.outcome.replace(/_/g, ' ')}` };
  }
  const claimants: EventDigest['claimants'] = {};
  for (const c of claims) if (c.claimedBy?.name) claimants[c.claimedBy.name.toLowerCase()] ??= c.claimedBy.name;
  const contradictions: EventDigest['contradictions'] = {};
  for (const k of contradictionsOf(claims)) contradictions[k.party.toLowerCase() + '|' + k.outcome] = k.note;
  return { v: 1, figures, claimants, contradictions, date: withDate ? { start: e.date.start, end: e.date.end } : null };
}

/**
 * The digest of an event as it was before `articleId` joined it, as far as its claims tell: for an
 * event this watcher has not seen before (stored by `ingest`, say). Its date is unknown then.
 */
export function digestWithout(e: Pick<Event, 'claims' | 'date'>, articleId: string): EventDigest {
  return digestOf({ claims: (e.claims as ClaimLike[]).filter((c) => c.articleId !== articleId), date: e.date }, false);
}

function rangeText(r: { low: number | null; best: number | null; high: number | null }): string {
  if (r.low !== null && r.high !== null && r.low !== r.high) return `${r.low}–${r.high}`;
  if (r.low !== null && r.high === null) return `at least ${r.low}`;
  return String(r.best ?? r.low ?? r.high ?? 'unknown');
}

const sameRange = (a: { low: number | null; best: number | null; high: number | null }, b: typeof a) => a.low === b.low && a.best === b.best && a.high === b.high;

/** The reasons `after` is worth telling, compared with `before`; empty when nothing of note moved. */
export function changeReasons(before: EventDigest, after: EventDigest): AlertReason[] {
  const out: AlertReason[] = [];
  for (const [k, f] of Object.entries(after.figures)) {
    const was = before.figures[k];
    if (!was) out.push({ code: 'revised_figure', text: `${f.label}: ${rangeText(f)} (first figure)` });
    else if (!sameRange(was, f)) out.push({ code: 'revised_figure', text: `${f.label}: ${rangeText(was)} → ${rangeText(f)}` });
  }
  for (const [k, name] of Object.entries(after.claimants)) if (!(k in before.claimants)) out.push({ code: 'new_claimant', text: `new claimant: ${name}` });
  for (const [k, note] of Object.entries(after.contradictions)) if (!(k in before.contradictions)) out.push({ code: 'new_contradiction', text: note });
  if (before.date && after.date) {
    const was = before.date.end ?? before.date.start;
    const now = after.date.end ?? after.date.start;
    if (now && (!was || now > was)) out.push({ code: 'later_date', text: was ? `date now runs to ${now} (was ${was})` : `date now known: ${now}` });
  }
  return out;
}

/** Is this stored JSON a digest this version wrote? (Anything else counts as no digest.) */
export function asDigest(v: unknown): EventDigest | null {
  const d = v as EventDigest | null;
  return d && typeof d === 'object' && d.v === 1 && d.figures && d.claimants && d.contradictions ? d : null;
}
