/**
 * `--alert RULE`: which alerts are printed and posted. A rule is conditions joined by commas, all of
 * which must hold; several rules are OR'ed; no rule lets every alert through.
 *
 *   country=ARM|Azerbaijan   the event's country, by name or ISO3 code (| separates choices)
 *   type=Battles             ACLED event type (or Diplomacy), case-insensitive
 *   subtype=Armed clash      ACLED sub-event type
 *   killed>=10               the event's killed figure (its conservative `fatalities`) is at least 10
 *   contradiction            claimants disagree on a figure of the event
 *   actor=Wagner             words in the name of an actor of the event
 *   kind=new                 new events only (or kind=changed)
 */
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../record/taxonomy.ts';
import type { Alert } from './types.ts';

export class RuleError extends Error {}

type Condition = (a: Alert) => boolean;

export interface AlertRule {
  text: string;
  conditions: Condition[];
}

export const RULE_HELP = `RULE is conditions joined by commas, all of which must hold; --alert may be given several times, and an
alert is printed when any rule matches (no --alert: every alert). Conditions (| separates choices):
  country=ARM|Azerbaijan   the event's country, by name or ISO3 code
  type=Battles             ACLED event type (or Diplomacy)
  subtype=Armed clash      ACLED sub-event type
  killed>=10               the event's killed figure (its conservative fatalities) is at least 10
  contradiction            claimants disagree on a figure of the event
  actor=Wagner             words in the name of an actor of the event
  kind=new                 new events only (or kind=changed)
Example: --alert 'country=ARM|AZE,type=Battles' --alert 'killed>=20' --alert contradiction`;

const lower = (s: string) => s.trim().toLowerCase();

function choices(rule: string, key: string, value: string): string[] {
  const list = value.split('|').map((v) => v.trim()).filter(Boolean);
  if (!list.length) throw new RuleError(`--alert '${rule}': ${key}= needs a value`);
  return list;
}

function oneOf(rule: string, key: string, value: string, known: string[]): Set<string> {
  const byLower = new Map(known.map((k) => [k.toLowerCase(), k]));
  const out = new Set<string>();
  for (const v of choices(rule, key, value)) {
    const k = byLower.get(v.toLowerCase());
    if (!k) throw new RuleError(`--alert '${rule}': unknown ${key} "${v}" (expected one of: ${known.join(', ')})`);
    out.add(k);
  }
  return out;
}

function condition(rule: string, part: string): Condition {
  const m = /^\s*([a-z_-]+)\s*(>=|=)?\s*(.*?)\s*$/i.exec(part);
  const key = m ? lower(m[1]).replace(/[-_]/g, '') : '';
  const op = m?.[2] ?? '';
  const value = m?.[3] ?? '';
  if (key === 'contradiction' && !op) return (a) => (a.event.contradictions?.length ?? 0) > 0;
  if (key === 'killed' && op === '>=') {
    if (!/^\d{1,9}$/.test(value)) throw new RuleError(`--alert '${rule}': killed>= needs a whole number`);
    const n = Number(value);
    return (a) => (a.event.fatalities ?? a.event.totals?.killed?.best ?? -1) >= n;
  }
  if (op === '=') {
    if (key === 'country') {
      const want = new Set(choices(rule, key, value).map(lower));
      return (a) => !!a.event.location && [a.event.location.country, a.event.location.iso3].some((v) => !!v && want.has(v.toLowerCase()));
    }
    if (key === 'type') {
      const want = oneOf(rule, key, value, EVENT_TYPES);
      return (a) => want.has(a.event.eventType);
    }
    if (key === 'subtype') {
      const want = oneOf(rule, 'subtype', value, SUB_EVENT_TYPES);
      return (a) => want.has(a.event.subEventType);
    }
    if (key === 'actor') {
      const want = choices(rule, key, value).map(lower);
      return (a) => {
        const names = [a.event.actor1?.name, a.event.actor2?.name, ...(a.event.associatedActors ?? []).map((x) => x.name)].filter((x): x is string => !!x).map(lower);
        return want.some((w) => names.some((n) => n.includes(w)));
      };
    }
    if (key === 'kind') {
      const want = oneOf(rule, key, value, ['new', 'changed']);
      return (a) => want.has(a.kind);
    }
  }
  throw new RuleError(`--alert '${rule}': "${part.trim()}" is not a condition (expected country=, type=, subtype=, killed>=N, contradiction, actor= or kind=)`);
}

/** One --alert value → its conditions; throws RuleError naming the rule and the reason. */
export function parseRule(text: string): AlertRule {
  const parts = text.split(',').filter((p) => p.trim());
  if (!parts.length) throw new RuleError(`--alert '${text}': empty rule`);
  return { text, conditions: parts.map((p) => condition(text, p)) };
}

/** Does any rule let this alert through? (No rules: every alert.) */
export function matchesAny(rules: AlertRule[], alert: Alert): boolean {
  return !rules.length || rules.some((r) => r.conditions.every((c) => c(alert)));
}
