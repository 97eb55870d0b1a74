import data from '../../data/read/boilerplate.json' with { type: 'json' };

/** Page furniture as whole lines (data/read/boilerplate.json): "Dismiss", "Share this article", "Read more: ...". */
const LINES = new Set(data.lines.map((s) => s.toLowerCase()));
const PREFIXES = data.linePrefixes.map((s) => s.toLowerCase());
const COOKIE = data.cookieBanner.map((s) => s.toLowerCase());
const SECTION_ENDS = new Set(data.sectionEnds.map((s) => s.toLowerCase()));

/** Trim the punctuation and pictograms that decorate buttons ("× Dismiss", "Share »"). */
function core(line: string): string {
  return line.trim().toLowerCase().replace(/^[^\p{L}\p{N}©]+|[^\p{L}\p{N}]+$/gu, '').replace(/\s+/g, ' ');
}

/** A whole line that is never article prose: buttons, share bars, "Read more:" links, cookie notices. */
export function isBoilerplateLine(line: string): boolean {
  // Furniture is short; the cap also keeps the trimming regex below linear in effect.
  if (line.length > 600) return false;
  const c = core(line);
  if (!c) return line.trim().length > 0 && line.trim().length < 4; // "|", "»", "×"
  if (LINES.has(c)) return true;
  const lower = line.trim().toLowerCase();
  if (PREFIXES.some((p) => lower.startsWith(p))) return true;
  return lower.length < 600 && COOKIE.some((p) => lower.includes(p)) && /cookie|privacy|consent|partners/.test(lower);
}

/** A short line with no sentence punctuation: a menu item or section label when it sits at the edge of a text. */
const NAV_LINE = /^[\p{L}\p{N}&'’ /|·•>»-]{1,30}$/u;
export function isNavigationLine(line: string): boolean {
  const t = line.trim();
  return isBoilerplateLine(t) || (NAV_LINE.test(t) && t.split(/\s+/).length <= 3);
}

/** A heading after which a scraped page holds other stories' headlines or comments ("Related stories", "Comments (12)"). */
export function isSectionEnd(line: string): boolean {
  if (line.length > 100) return false;
  return SECTION_ENDS.has(core(line).replace(/\s*\d+$/, ''));
}
