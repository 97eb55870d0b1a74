/**
 * Bytes → text. The order follows the HTML standard: a byte-order mark, then the charset the
 * transport declared (HTTP Content-Type), then the one the document declares (<meta charset>,
 * <meta http-equiv>, the XML declaration). A declared UTF-8 that is not valid UTF-8 is a lie
 * common on the web ("wrong charset"), so the next declaration, or windows-1252, is tried.
 * Invalid bytes become U+FFFD; nothing here throws on content.
 */

export interface Decoded {
  text: string;
  /** The encoding used, as a lower-case label ("utf-8", "windows-1251"). */
  encoding: string;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOOSE = new TextDecoder('utf-8');

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i.exec(contentType);
  return m ? m[1].toLowerCase() : null;
}

/** The charset a document declares in its first bytes: <meta charset>, http-equiv, or <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** WHATWG treats these labels as windows-1252; iconv-lite would be stricter than browsers. */
const AS_1252 = new Set(['ascii', 'us-ascii', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'cp1252', 'x-cp1252']);

function normalizeLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'utf8' || l === 'unicode-1-1-utf-8' || l === 'x-unicode20utf8') return 'utf-8';
  if (AS_1252.has(l)) return 'windows-1252';
  if (/^(x-)?(cp|win-?)125\d$/.test(l)) return 'windows-' + l.replace(/\D/g, '');
  return l;
}

type Iconv = { encodingExists(e: string): boolean; decode(b: Buffer, e: string): string };
let iconv: Iconv | null = null;

/** iconv-lite is loaded only when a legacy encoding appears: most inputs are UTF-8. */
async function loadIconv(): Promise<Iconv> {
  if (!iconv) {
    const mod = (await import('iconv-lite')) as unknown as { default?: Iconv } & Iconv;
    iconv = mod.default ?? mod;
  }
  return iconv;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8_STRICT.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

async function decodeAs(bytes: Uint8Array, label: string): Promise<string | null> {
  if (label === 'utf-8') return UTF8_LOOSE.decode(bytes);
  const ic = await loadIconv();
  if (!ic.encodingExists(label)) return null;
  return ic.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), label);
}

/**
 * Decode bytes using the BOM, the transport's charset (`httpCharset`) and the document's own
 * declaration, in that order. Unknown labels are skipped; the last resort is windows-1252,
 * which maps every byte.
 */
export async function decodeBytes(bytes: Uint8Array, httpCharset?: string | null): Promise<Decoded> {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.skip);
    const text = await decodeAs(body, bom.encoding);
    return { text: text ?? UTF8_LOOSE.decode(body), encoding: bom.encoding };
  }
  const candidates: string[] = [];
  if (httpCharset) candidates.push(normalizeLabel(httpCharset));
  const declared = declaredCharset(bytes);
  if (declared) candidates.push(normalizeLabel(declared));
  const utf8 = isUtf8(bytes);
  // Bytes that are valid UTF-8 *and* hold multi-byte sequences are UTF-8 whatever the label says:
  // legacy single-byte text almost never forms valid UTF-8 sequences by chance ("wrong charset").
  if (utf8 && hasMultibyte(bytes)) return { text: UTF8_LOOSE.decode(bytes), encoding: 'utf-8' };
  for (const label of candidates) {
    // A declared UTF-16 without a BOM inside an ASCII-compatible <meta> is a contradiction: skip it.
    if (label.startsWith('utf-16')) continue;
    if (label === 'utf-8' && !utf8) continue;
    const text = await decodeAs(bytes, label);
    if (text !== null) return { text, encoding: label };
  }
  if (utf8) return { text: UTF8_LOOSE.decode(bytes), encoding: 'utf-8' };
  return { text: (await decodeAs(bytes, 'windows-1252')) ?? UTF8_LOOSE.decode(bytes), encoding: 'windows-1252' };
}
