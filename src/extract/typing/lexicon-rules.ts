/** Checks and compiles the modality, scopes and rules of the trigger lexicon (lexicon.ts): a typo in the data fails with its place and the reason. */
import { SUB_EVENT_TYPES, eventTypeOf } from '../../record/taxonomy.ts';
import type { Lexicon, Rule, Term } from './lexicon.ts';

export function fail(source: string, msg: string): never {
  throw new Error(`${source}: ${msg}`);
}

export function strings(source: string, where: string, v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) fail(source, `${where} must be a list of non-empty strings`);
  return v as string[];
}

/** A list of known tags, as a set. */
export function tagSet(source: string, where: string, v: unknown, tags: Set<string>): Set<string> {
  const out = new Set(strings(source, where, v));
  for (const t of out) if (!tags.has(t)) fail(source, `${where} names unknown tag ${JSON.stringify(t)}`);
  return out;
}

export function compileModality(source: string, raw: Record<string, unknown> | undefined, tags: Set<string>): Lexicon['modality'] {
  const modality: Lexicon['modality'] = new Map();
  for (const [tag, v] of Object.entries(raw ?? {})) {
    const o = v as { modality?: unknown; reach?: unknown };
    if (!tags.has(tag)) fail(source, `modality.${tag} names no cue`);
    if (o?.modality !== 'negated' && o?.modality !== 'hypothetical' && o?.modality !== 'reported') fail(source, `modality.${tag}.modality must be negated, hypothetical or reported`);
    if (typeof o.reach !== 'number' || o.reach < 1) fail(source, `modality.${tag}.reach must be a positive number`);
    modality.set(tag, { modality: o.modality, reach: o.reach });
  }
  return modality;
}

export function compileScopes(source: string, raw: Record<string, unknown> | undefined, tags: Set<string>): Lexicon['scopes'] {
  const scopes: Lexicon['scopes'] = new Map();
  for (const [tag, v] of Object.entries(raw ?? {})) {
    if (!tags.has(tag)) fail(source, `scopes.${tag} names no cue`);
    const o = (v ?? {}) as { after?: unknown; until?: unknown; reach?: unknown; notBefore?: unknown; keep?: unknown };
    const after = strings(source, `scopes.${tag}.after`, o.after);
    const until = strings(source, `scopes.${tag}.until`, o.until);
    for (const t of after.concat(until)) if (!tags.has(t)) fail(source, `scopes.${tag} names unknown tag ${JSON.stringify(t)}`);
    if (typeof o.reach !== 'number' || o.reach < 1) fail(source, `scopes.${tag}.reach must be a positive number`);
    const notBefore = new Set(strings(source, `scopes.${tag}.notBefore`, o.notBefore).map((w) => w.toLowerCase()));
    const keep = tagSet(source, `scopes.${tag}.keep`, o.keep, tags);
    scopes.set(tag, { after, until, reach: o.reach, notBefore, keep });
  }
  return scopes;
}

interface RawRule {
  sub?: unknown; weight?: unknown; all?: unknown; any?: unknown; none?: unknown; agent?: unknown;
  notAgent?: unknown; patient?: unknown; notPatient?: unknown; anyPatient?: unknown; near?: unknown; window?: unknown; why?: unknown;
  notAfter?: unknown; notAfterReach?: unknown; notSubjectOf?: unknown; noneGoverning?: unknown; pretext?: unknown; notInFight?: unknown; after?: unknown; notObject?: unknown; objectTags?: unknown; prevTells?: unknown; secondary?: unknown; fallback?: unknown;
}

const term = (t: string): Term => (t.startsWith('@') ? { tag: t.slice(1), doc: true } : { tag: t, doc: false });

export function compileRules(source: string, raw: unknown, tags: Set<string>, actorClasses: Set<string>): Rule[] {
  if (!Array.isArray(raw)) fail(source, 'rules must be a list');
  return (raw as RawRule[]).map((r, i) => compileRule(source, r, `rules[${i}]`, tags, actorClasses));
}

function compileRule(source: string, r: RawRule, where: string, tags: Set<string>, actorClasses: Set<string>): Rule {
  const known = (t: string) => tags.has(t.startsWith('@') ? t.slice(1) : t);
  if (typeof r.sub !== 'string' || !SUB_EVENT_TYPES.includes(r.sub)) fail(source, `${where}.sub ${JSON.stringify(r.sub)} is not a sub-event type of src/record/taxonomy.ts`);
  if (typeof r.weight !== 'number' || !Number.isFinite(r.weight)) fail(source, `${where}.weight must be a number`);
  const all = strings(source, `${where}.all`, r.all);
  if (!all.length || all[0]!.startsWith('@')) fail(source, `${where}.all must start with a sentence-level anchor tag`);
  const any = strings(source, `${where}.any`, r.any);
  const none = strings(source, `${where}.none`, r.none);
  const notAfter = strings(source, `${where}.notAfter`, r.notAfter);
  if (r.notAfterReach !== undefined && (typeof r.notAfterReach !== 'number' || r.notAfterReach < 1)) fail(source, `${where}.notAfterReach must be a positive number`);
  const notSubjectOf = strings(source, `${where}.notSubjectOf`, r.notSubjectOf);
  const noneGoverning = strings(source, `${where}.noneGoverning`, r.noneGoverning);
  const after = strings(source, `${where}.after`, r.after);
  const notObject = strings(source, `${where}.notObject`, r.notObject);
  const objectTags = strings(source, `${where}.objectTags`, r.objectTags);
  for (const t of objectTags) if (!all.slice(1).includes(t)) fail(source, `${where}.objectTags names ${JSON.stringify(t)}, no tag of its 'all' after the anchor`);
  const prevTells = strings(source, `${where}.prevTells`, r.prevTells);
  const notInFight = strings(source, `${where}.notInFight`, r.notInFight);
  const near = r.near === undefined ? null : strings(source, `${where}.near`, r.near);
  for (const t of [...all, ...any, ...none, ...notAfter, ...notSubjectOf, ...noneGoverning, ...notInFight, ...after, ...notObject, ...prevTells, ...(near ?? [])]) if (!known(t)) fail(source, `${where} names unknown tag ${JSON.stringify(t)}`);
  const cls = (k: string, v: unknown) => {
    if (v === undefined) return null;
    const l = strings(source, `${where}.${k}`, v);
    for (const c of l) if (!actorClasses.has(c) && c !== 'none') fail(source, `${where}.${k} names unknown actor class ${JSON.stringify(c)}`);
    return l;
  };
  if (r.window !== undefined && (typeof r.window !== 'number' || r.window < 1)) fail(source, `${where}.window must be a positive number`);
  return {
    sub: r.sub, eventType: eventTypeOf(r.sub), weight: r.weight, all: all.map(term), any: any.map(term), none: none.map(term),
    agent: cls('agent', r.agent), notAgent: cls('notAgent', r.notAgent),
    patient: cls('patient', r.patient), notPatient: cls('notPatient', r.notPatient), anyPatient: cls('anyPatient', r.anyPatient), near,
    window: typeof r.window === 'number' ? r.window : null,
    notAfter, notAfterReach: typeof r.notAfterReach === 'number' ? r.notAfterReach : 4, notSubjectOf, noneGoverning, pretext: r.pretext === true, notInFight, after, notObject, objectTags, prevTells,
    secondary: r.secondary === true, fallback: r.fallback === true, why: typeof r.why === 'string' ? r.why : '',
  };
}
