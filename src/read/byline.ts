import { findDayInText } from './dates.ts';

/** What one byline line says: who wrote it, where from, and when. */
export interface BylineInfo {
  byline: string | null;
  dateline: string | null;
  published: string | null;
}

/** Words that may sit lower-case inside a person's name ("Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['and', '&', 'de', 'del', 'der', 'den', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'du', 'da', 'dos', 'y', 'di']);
const PLACE = /^(.*?)\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3})$/u;

function looksLikeNames(s: string): boolean {
  const words = s.split(/[\s,]+/).filter(Boolean);
  if (!words.length || words.length > 14) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * A byline line of a scraped page: "By Neil Hauer in Yerevan November 17, 2021",
 * "By Jane Doe and John Roe | Updated 3 March 2022 10:15 GMT". Null when the line is not one.
 */
export function parseBylineLine(line: string): BylineInfo | null {
  const t = line.trim();
  if (t.length < 4 || t.length > 200) return null;
  const m = /^by:?\s+(.+)$/i.exec(t);
  if (!m) return null;
  let rest = m[1];
  let published: string | null = null;
  const hit = findDayInText(rest);
  if (hit) {
    published = hit.day;
    rest = rest.slice(0, hit.index) + ' ' + rest.slice(hit.index + hit.length);
  }
  // Separators, "Published"/"Updated", weekdays and clock times that surround a date.
  rest = rest
    .replace(/\b(?:published|updated|posted|last updated)\b:?/gi, ' ')
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b,?/gi, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|UTC|[A-Z]{2,4}T))?/g, ' ')
    .replace(/\s+(?:on|at)\s*$/i, ' ')
    .replace(/\s*[|·•—–]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:-]+$/, '')
    .trim();
  let dateline: string | null = null;
  const place = PLACE.exec(rest);
  if (place && looksLikeNames(place[1])) {
    rest = place[1].trim();
    dateline = place[2].trim();
  }
  if (!rest || !looksLikeNames(rest)) return null;
  return { byline: rest, dateline, published };
}

/** "NEW YORK" → "New York". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const WIRE_DATELINE = /^([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})(?:,\s?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:,\s?[A-Z][a-z]{2,8}\.? \d{1,2})?\s?(\([A-Za-z][A-Za-z .-]{0,29}\))?\s?[-–—]{1,2}\s/;

/**
 * The place of a wire-style dateline at the start of the text: "KYIV, Ukraine (AP) — ...",
 * "YEREVAN, Nov 17 (Reuters) - ...". Null when the text does not open with one.
 */
export function wireDateline(text: string): string | null {
  const m = WIRE_DATELINE.exec(text.slice(0, 160));
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 3) return null;
  return titleCase(m[1]);
}
