/**
 * `xs.map(f)` as a packed array, whoever calls it. Array.prototype.map run by the interpreter makes
 * a packed array, but once the calling function is optimized, TurboFan's inlined map allocates a
 * holey one: the arrays a function returns change hidden class mid-run, and every optimized reader
 * of them (`opts.some`, `for of`) is deoptimized on a "wrong map" and compiled again. Pushing keeps
 * one elements kind. For arrays that hot code reads; elsewhere plain map is fine.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
