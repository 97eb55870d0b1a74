/**
 * The trigger lexicon (data/event-triggers.json) compiled once into hash maps keyed by the first
 * word of each phrase, so matching a sentence costs one map lookup per token instead of one regex
 * per pattern. Every tag a rule names is checked at load time: a typo in the data fails loudly.
 */
import { SUB_EVENT_TYPES, eventTypeOf } from '../../record/taxonomy.ts';
import { stem } from '../../annotate/stem.ts';
import { readDataJson } from '../../util/data-file.ts';

/** One word of a phrase: a stem, an exact-case surface form ("=IS"), or a gap of 0-3 words ("*"). */
export type PhraseWord = { kind: 'stem'; key: string } | { kind: 'raw'; key: string } | { kind: 'gap' };

export interface Phrase {
  words: PhraseWord[];
  tag: string;
}

export interface Rule {
  sub: string;
  eventType: string;
  weight: number;
  /** The first tag is the anchor: the trigger whose words the mention reports. */
  all: string[];
  any: string[];
  none: string[];
  /** Actor classes allowed as the anchor's agent / patient (see rules.ts). */
  agent: string[] | null;
  notAgent: string[] | null;
  patient: string[] | null;
  notPatient: string[] | null;
  /** all/any tags must lie within this many tokens of the anchor. */
  window: number | null;
  /** The anchor must not follow one of these tags closely ("protest over the killing of": the
   *  killing is the cause of the protest, not an act against it). */
  notAfter: string[];
  notAfterReach: number;
  /** A strategic development that ACLED codes only when nothing violent happened in the same
   *  report ("killed two and stole cattle" is an Attack, not Looting). */
  secondary: boolean;
  /** Only when the text has no other event ("violence reported during the elections"). */
  fallback: boolean;
  why: string;
}

/** The phrases that start with one word, per layer (cues, actors, context). */
export type FirstWordEntry = [Phrase[] | null, Phrase[] | null, Phrase[] | null];

export interface Layer {
  index: 0 | 1 | 2;
}

/**
 * All layers keyed by first word, so a token costs two map lookups (its stem, its exact form)
 * whatever the number of layers and phrases.
 */
export interface FirstWordIndex {
  byStem: Map<string, FirstWordEntry>;
  byRaw: Map<string, FirstWordEntry>;
}

export interface Lexicon {
  firstWords: FirstWordIndex;
  /** Cue tags whose longer phrases do not hide other tags' shorter ones at the same place. */
  sharing: Set<string>;
  /** Event words and context cues, matched longest-first ("rocket-propelled grenade" hides "grenade"). */
  cues: Layer;
  /** Actor words, matched on their own so a longer cue phrase never hides an actor. */
  actors: Layer;
  /** Context words (causes: "protest over the ..."), matched on their own for the same reason. */
  context: Layer;
  actorClasses: Set<string>;
  /** Modality tag -> the modality it gives an anchor it precedes. */
  modality: Map<string, { modality: 'negated' | 'hypothetical' | 'reported'; reach: number }>;
  /** Tags that open a cause scope ("protested over ..."): triggers inside it, up to the next clause
   *  mark or `reach` words, are the reason for the event, not events. `after`: only when one of
   *  these tags precedes. `notBefore`: the scope does not open when the next word is one of these
   *  ("residents protest a recent attack" is a cause, "the protest turned violent" is not).
   *  `keep`: tags whose hits inside the scope stay as context, though never as triggers ("riders
   *  who had barricaded the road" still tells a violent demonstration). */
  scopes: Map<string, { after: string[]; reach: number; notBefore: Set<string>; keep: Set<string> }>;
  /** Cue tags that end a cause scope when they read as a verb: "students protesting against fees
   *  set fire to dormitories" (not "protesting against the burning of stalls"). */
  scopeEnd: Set<string>;
  /** Rules indexed by anchor tag. */
  rulesByAnchor: Map<string, Rule[]>;
  rules: Rule[];
  tags: Set<string>;
}

interface RawRule {
  sub?: unknown; weight?: unknown; all?: unknown; any?: unknown; none?: unknown; agent?: unknown;
  notAgent?: unknown; patient?: unknown; notPatient?: unknown; window?: unknown; why?: unknown;
  notAfter?: unknown; notAfterReach?: unknown; secondary?: unknown; fallback?: unknown;
}

interface RawLexicon {
  cues?: Record<string, unknown>;
  actors?: Record<string, unknown>;
  context?: Record<string, unknown>;
  modality?: Record<string, unknown>;
  scopes?: Record<string, unknown>;
  sharing?: unknown;
  scopeEnd?: unknown;
  rules?: unknown;
}

function fail(source: string, msg: string): never {
  throw new Error(`${source}: ${msg}`);
}

function strings(source: string, where: string, v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) fail(source, `${where} must be a list of non-empty strings`);
  return v as string[];
}

function compilePhrase(source: string, tag: string, text: string): Phrase {
  const words: PhraseWord[] = [];
  for (const w of text.trim().split(/[\s-]+/)) {
    if (w === '*') words.push({ kind: 'gap' });
    else if (w.startsWith('=')) words.push({ kind: 'raw', key: w.slice(1) });
    else words.push({ kind: 'stem', key: stem(w.toLowerCase().replace(/['’]s$/, '')) });
  }
  if (!words.length || words[0]!.kind === 'gap' || words[words.length - 1]!.kind === 'gap') {
    fail(source, `phrase ${JSON.stringify(text)} of ${tag} must start and end with a word`);
  }
  return { words, tag };
}

function addPhrase(idx: FirstWordIndex, layer: Layer, p: Phrase) {
  const w = p.words[0]!;
  const map = w.kind === 'raw' ? idx.byRaw : idx.byStem;
  const key = (w as { key: string }).key;
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = [null, null, null]));
  (entry[layer.index] ??= []).push(p);
}

export function compileLexicon(raw: RawLexicon, source = 'event lexicon'): Lexicon {
  const firstWords: FirstWordIndex = { byStem: new Map(), byRaw: new Map() };
  const cues: Layer = { index: 0 };
  const actors: Layer = { index: 1 };
  const context: Layer = { index: 2 };
  const addLayer = (layer: Layer, p: Phrase) => addPhrase(firstWords, layer, p);
  const tags = new Set<string>();
  const actorClasses = new Set<string>();
  if (!raw || typeof raw !== 'object') fail(source, 'expected a JSON object');
  for (const [tag, list] of Object.entries(raw.cues ?? {})) {
    tags.add(tag);
    for (const p of strings(source, `cues.${tag}`, list)) addLayer(cues, compilePhrase(source, tag, p));
  }
  for (const [tag, list] of Object.entries(raw.actors ?? {})) {
    tags.add(tag); actorClasses.add(tag);
    for (const p of strings(source, `actors.${tag}`, list)) addLayer(actors, compilePhrase(source, tag, p));
  }
  for (const [tag, list] of Object.entries(raw.context ?? {})) {
    if (tags.has(tag)) fail(source, `context.${tag} is also a cue or actor tag`);
    tags.add(tag);
    for (const p of strings(source, `context.${tag}`, list)) addLayer(context, compilePhrase(source, tag, p));
  }
  const modality = new Map<string, { modality: 'negated' | 'hypothetical' | 'reported'; reach: number }>();
  for (const [tag, v] of Object.entries(raw.modality ?? {})) {
    const o = v as { modality?: unknown; reach?: unknown };
    if (!tags.has(tag)) fail(source, `modality.${tag} names no cue`);
    if (o?.modality !== 'negated' && o?.modality !== 'hypothetical' && o?.modality !== 'reported') fail(source, `modality.${tag}.modality must be negated, hypothetical or reported`);
    if (typeof o.reach !== 'number' || o.reach < 1) fail(source, `modality.${tag}.reach must be a positive number`);
    modality.set(tag, { modality: o.modality, reach: o.reach });
  }
  const sharing = new Set(strings(source, 'sharing', raw.sharing));
  const scopeEnd = new Set(strings(source, 'scopeEnd', raw.scopeEnd));
  for (const t of scopeEnd) if (!tags.has(t)) fail(source, `scopeEnd names unknown tag ${JSON.stringify(t)}`);
  for (const t of sharing) if (!tags.has(t)) fail(source, `sharing names unknown tag ${JSON.stringify(t)}`);
  const scopes = new Map<string, { after: string[]; reach: number; notBefore: Set<string>; keep: Set<string> }>();
  for (const [tag, v] of Object.entries(raw.scopes ?? {})) {
    if (!tags.has(tag)) fail(source, `scopes.${tag} names no cue`);
    const o = (v ?? {}) as { after?: unknown; reach?: unknown; notBefore?: unknown; keep?: unknown };
    const after = strings(source, `scopes.${tag}.after`, o.after);
    for (const t of after) if (!tags.has(t)) fail(source, `scopes.${tag}.after names unknown tag ${JSON.stringify(t)}`);
    if (typeof o.reach !== 'number' || o.reach < 1) fail(source, `scopes.${tag}.reach must be a positive number`);
    const notBefore = new Set(strings(source, `scopes.${tag}.notBefore`, o.notBefore).map((w) => w.toLowerCase()));
    const keep = new Set(strings(source, `scopes.${tag}.keep`, o.keep));
    for (const t of keep) if (!tags.has(t)) fail(source, `scopes.${tag}.keep names unknown tag ${JSON.stringify(t)}`);
    scopes.set(tag, { after, reach: o.reach, notBefore, keep });
  }
  if (!Array.isArray(raw.rules)) fail(source, 'rules must be a list');
  const rules: Rule[] = [];
  const known = (t: string) => tags.has(t.startsWith('@') ? t.slice(1) : t);
  (raw.rules as RawRule[]).forEach((r, i) => {
    const where = `rules[${i}]`;
    if (typeof r.sub !== 'string' || !SUB_EVENT_TYPES.includes(r.sub)) fail(source, `${where}.sub ${JSON.stringify(r.sub)} is not a sub-event type of src/record/taxonomy.ts`);
    if (typeof r.weight !== 'number' || !Number.isFinite(r.weight)) fail(source, `${where}.weight must be a number`);
    const all = strings(source, `${where}.all`, r.all);
    if (!all.length || all[0]!.startsWith('@')) fail(source, `${where}.all must start with a sentence-level anchor tag`);
    const any = strings(source, `${where}.any`, r.any);
    const none = strings(source, `${where}.none`, r.none);
    const notAfter = strings(source, `${where}.notAfter`, r.notAfter);
    if (r.notAfterReach !== undefined && (typeof r.notAfterReach !== 'number' || r.notAfterReach < 1)) fail(source, `${where}.notAfterReach must be a positive number`);
    for (const t of [...all, ...any, ...none, ...notAfter]) if (!known(t)) fail(source, `${where} names unknown tag ${JSON.stringify(t)}`);
    const cls = (k: string, v: unknown) => {
      if (v === undefined) return null;
      const l = strings(source, `${where}.${k}`, v);
      for (const c of l) if (!actorClasses.has(c) && c !== 'none') fail(source, `${where}.${k} names unknown actor class ${JSON.stringify(c)}`);
      return l;
    };
    if (r.window !== undefined && (typeof r.window !== 'number' || r.window < 1)) fail(source, `${where}.window must be a positive number`);
    rules.push({
      sub: r.sub, eventType: eventTypeOf(r.sub), weight: r.weight, all, any, none,
      agent: cls('agent', r.agent), notAgent: cls('notAgent', r.notAgent),
      patient: cls('patient', r.patient), notPatient: cls('notPatient', r.notPatient),
      window: typeof r.window === 'number' ? r.window : null,
      notAfter, notAfterReach: typeof r.notAfterReach === 'number' ? r.notAfterReach : 4,
      secondary: r.secondary === true, fallback: r.fallback === true, why: typeof r.why === 'string' ? r.why : '',
    });
  });
  const rulesByAnchor = new Map<string, Rule[]>();
  for (const r of rules) {
    let l = rulesByAnchor.get(r.all[0]!);
    if (!l) rulesByAnchor.set(r.all[0]!, (l = []));
    l.push(r);
  }
  // Heaviest first, so the first rule that fires for an anchor is its best reading.
  for (const l of rulesByAnchor.values()) l.sort((a, b) => b.weight - a.weight);
  return { firstWords, sharing, scopeEnd, cues, actors, context, actorClasses, modality, scopes, rulesByAnchor, rules, tags };
}

let loaded: Lexicon | null = null;

/** The lexicon of data/event-triggers.json, compiled on first use. */
export function eventLexicon(): Lexicon {
  return (loaded ??= compileLexicon(readDataJson('event-triggers.json') as RawLexicon, 'data/event-triggers.json'));
}
