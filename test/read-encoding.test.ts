import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/read/decode.ts';
import { readContent } from '../src/read/inputs.ts';

const RU = 'Военные сообщили о гибели двух солдат в Донецке.';
const DE = 'Straßenkämpfe in Köln: Polizei nimmt fünf Männer fest.';
const PL = 'Zamieszki w Łodzi: policja zatrzymała pięć osób.';

test('a UTF-8 byte-order mark is honoured and removed', async () => {
  const d = await decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]));
  assert.deepEqual(d, { text: RU, encoding: 'utf-8' });
});

test('UTF-16 LE and BE with a byte-order mark are text, not binary', async () => {
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(`Clashes\n\n${RU}\n`, enc)]);
    const [r] = await readContent('u16.txt', bytes, null);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.article.text, RU);
  }
});

test('windows-1251 declared in <meta charset>', async () => {
  const html = `<html><head><meta charset="windows-1251"><title>Донецк</title></head><body><article><p>${RU}</p></article></body></html>`;
  const [r] = await readContent('ru.html', iconv.encode(html, 'windows-1251'), 'html');
  assert.ok(r.ok);
  assert.equal(r.article.text, RU);
  assert.equal(r.article.title, 'Донецк');
});

test('KOI8-R declared in <meta http-equiv="Content-Type">', async () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>${RU}</p></body></html>`;
  const d = await decodeBytes(iconv.encode(html, 'koi8-r'));
  assert.equal(d.encoding, 'koi8-r');
  assert.ok(d.text.includes(RU));
});

test('windows-1252 and ISO-8859-2 from the XML declaration', async () => {
  const d1 = await decodeBytes(iconv.encode(`<?xml version="1.0" encoding="windows-1252"?><p>${DE} “quoted”</p>`, 'windows-1252'));
  assert.ok(d1.text.includes(`${DE} “quoted”`));
  const d2 = await decodeBytes(iconv.encode(`<?xml version="1.0" encoding="ISO-8859-2"?><p>${PL}</p>`, 'iso-8859-2'));
  assert.equal(d2.encoding, 'iso-8859-2');
  assert.ok(d2.text.includes(PL));
});

test('the HTTP Content-Type charset comes before the document\'s own declaration', async () => {
  const bytes = iconv.encode(`<html><head><meta charset="windows-1252"></head><body><p>${RU}</p></body></html>`, 'windows-1251');
  assert.ok((await decodeBytes(bytes, 'windows-1251')).text.includes(RU));
});

test('a wrong charset: UTF-8 declared but legacy bytes sent, and latin-1 declared but UTF-8 sent', async () => {
  const legacy = iconv.encode(`<html><head><meta charset="windows-1251"></head><body><p>${RU}</p></body></html>`, 'windows-1251');
  assert.ok((await decodeBytes(legacy, 'utf-8')).text.includes(RU), 'header lies, meta tells the truth');
  const utf8 = Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>${DE}</p></body></html>`);
  assert.ok((await decodeBytes(utf8)).text.includes(DE));
});

test('no declaration and invalid UTF-8: windows-1252, and no crash', async () => {
  const d = await decodeBytes(iconv.encode('Caf\u00e9 attack', 'windows-1252'));
  assert.deepEqual(d, { text: 'Café attack', encoding: 'windows-1252' });
});

test('invalid bytes inside declared UTF-8 and unknown charset labels never crash', async () => {
  const bad = Buffer.concat([Buffer.from('<meta charset="x-no-such-charset"><p>ok '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(' end</p>')]);
  const d = await decodeBytes(bad);
  assert.match(d.text, /ok .* end/);
  const [r] = await readContent('bad.html', bad, 'html');
  assert.ok(r.ok);
});
