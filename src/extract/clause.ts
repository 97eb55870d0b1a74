/**
 * Participle clauses of news syntax. ", killing five" hangs on the clause before the comma and has
 * its subject ("Police opened fire on protesters, killing five": the police killed); so has a
 * participle joined to it by "and" (", killing dozens of residents and burning homes": the
 * attackers burned, not the residents). The event typing (typing/roles.ts) and the event actors
 * (events/event-actors.ts) both ask where such a clause opens.
 */
import type { Token } from '../annotate/tokens.ts';

const isIngForm = (t: Token | undefined) => !!t && t.lower.length > 4 && t.lower.endsWith('ing');

/**
 * The token that opens the participle clause holding the participle at `i` (i itself after a clause
 * mark, or the first participle of "…, killing X and burning Y"), or -1 when `i` opens none.
 */
export function participleClauseAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (i <= 0 || !isIngForm(t)) return -1;
  if (t!.clauseStart) return i;
  if (tokens[i - 1]!.lower !== 'and') return -1;
  for (let k = i - 2; k > 0; k--) if (tokens[k]!.clauseStart) return isIngForm(tokens[k]) ? k : -1;
  return -1;
}

/**
 * Where the clause opens whose verb the verb at `i` is joined to by "and" ("Gunmen stormed the
 * village and killed 20": the clause of "stormed", token 0), or -1 when no "and" stands right before
 * `i`. ", and" joins across a comma: the clause before that comma.
 */
export function joinedVerbClauseAt(tokens: readonly Token[], i: number): number {
  const and = tokens[i - 1];
  if (i < 2 || i >= tokens.length || tokens[i]!.clauseStart || and!.lower !== 'and') return -1;
  let k = i - 2;
  if (and!.clauseStart) k--;
  while (k > 0 && !tokens[k]!.clauseStart) k--;
  return Math.max(k, 0);
}
