/**
 * A memo for a pure string function on a hot path: the vocabulary of news repeats, so lookups of
 * the same word are answered from a map; hostile input is unbounded, so the map is emptied when it
 * reaches `cap` entries. `fn` must never return undefined.
 */
export function boundedMemo<V>(fn: (key: string) => V, cap: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = fn(key);
      if (memo.size >= cap) memo.clear();
      memo.set(key, v);
    }
    return v;
  };
}
