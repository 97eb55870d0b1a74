/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): functions by self time and by total time (a
 * function counted once per sample however deep it recurses), or what one function calls or is
 * called by, or the hottest source lines. Profile the compiled code, whose functions keep their
 * names and lines (tsx's transform puts every function of a file on line 1):
 *   npm run build
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/fogwatch extract --jobs 1 --format jsonl FILE.jsonl > /dev/null
 *   node --import tsx bench/cpu-profile.ts /tmp/prof/CPU.*.cpuprofile [--top N]
 *   … --callees NAME   what NAME calls, by total time (NAME: a function name, or "name file:line")
 *   … --callers NAME   who calls NAME, by NAME's total time under each
 *   … --lines          the hottest lines (self time)
 * Only the main thread is profiled: V8's background compiler threads and workers are not in it.
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; positionTicks?: { line: number; ticks: number }[] }
interface Profile { nodes: Node[]; samples: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
const file = args[0];
if (!file) { console.error('usage: node --import tsx bench/cpu-profile.ts FILE.cpuprofile [--top N] [--callees NAME | --callers NAME | --lines]'); process.exit(2); }
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] ?? '' : null; };
const top = Number(opt('--top') || 40);
if (!Number.isInteger(top) || top <= 0) { console.error(`--top: expected a positive whole number, got ${opt('--top')}`); process.exit(2); }

const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const hits = new Map<number, number>();
for (const s of p.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
const msPerSample = (p.endTime - p.startTime) / 1000 / p.samples.length;
const short = (url: string) => url.replace(/^file:\/\/.*?\/(dist|src|bench|node_modules)\//, '$1/');
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const matches = (n: Node, name: string) => label(n) === name || n.callFrame.functionName === name;

/** Samples under a node, itself included. */
const under = new Map<number, number>();
function subtree(n: Node): number {
  let t = under.get(n.id);
  if (t !== undefined) return t;
  t = hits.get(n.id) ?? 0;
  for (const c of n.children ?? []) t += subtree(byId.get(c)!);
  under.set(n.id, t);
  return t;
}

function print(title: string, m: Map<string, number>): void {
  console.log(`== ${title} (ms; profile ${Math.round(p.samples.length * msPerSample)} ms)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(String(Math.round(v * msPerSample)).padStart(7), k);
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const callees = opt('--callees'), callers = opt('--callers');
if (callees !== null) {
  const out = new Map<string, number>();
  // Children of every call of the function that is not itself inside a call of it (no double count).
  const walk = (n: Node, inside: boolean) => {
    const is = matches(n, callees);
    if (is) for (const c of n.children ?? []) if (!matches(byId.get(c)!, callees)) add(out, label(byId.get(c)!), subtree(byId.get(c)!));
    if (is && !inside) add(out, '(total)', subtree(n));
    if (is) add(out, '(self)', hits.get(n.id) ?? 0);
    for (const c of n.children ?? []) walk(byId.get(c)!, inside || is);
  };
  walk(p.nodes[0]!, false);
  print(`callees of ${callees}`, out);
} else if (callers !== null) {
  const out = new Map<string, number>();
  // (The root has no caller: "(root)".)
  for (const n of p.nodes) if (matches(n, callers)) { const up = parent.get(n.id); add(out, up === undefined ? '(root)' : label(byId.get(up)!), subtree(n)); }
  print(`callers of ${callers}`, out);
} else if (args.includes('--lines')) {
  const out = new Map<string, number>();
  for (const n of p.nodes) for (const t of n.positionTicks ?? []) add(out, `${short(n.callFrame.url)}:${t.line} ${n.callFrame.functionName}`, t.ticks);
  print('lines by self time', out);
} else {
  const self = new Map<string, number>(), total = new Map<string, number>();
  for (const [id, c] of hits) {
    add(self, label(byId.get(id)!), c);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const k = label(byId.get(x)!);
      if (!seen.has(k)) { seen.add(k); add(total, k, c); }
    }
  }
  print('self time', self);
  print('total time', total);
}
