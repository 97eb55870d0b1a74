/**
 * What the places tests share: an article of one sentence (or more) and one event whose evidence is
 * the sentence given, located by the places stage alone; distances between points.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event, Place } from '../src/record/schema.ts';

export interface LocateOptions {
  /** The event's own sentence (default: the whole text). */
  evidence?: string;
  /** The event's country (ISO3) from extraction. */
  country?: string;
  /** An actor's country (ISO3) from extraction. */
  actorCountry?: string;
}

export function locate(text: string, opts: LocateOptions = {}): Place | null {
  const article: Article = { id: 'a1', title: null, url: null, published: '2024-03-01', outlet: null, byline: null, text };
  const at = opts.evidence ? text.indexOf(opts.evidence) : 0;
  assert.ok(at >= 0, 'evidence must be in the text');
  const ev = opts.evidence ?? text;
  const empty = { low: null, best: null, high: null };
  const event: Event = {
    id: 'e1', eventType: 'Battles', subEventType: 'Armed clash', background: false,
    date: { start: '2024-02-29', end: '2024-02-29', precision: 1 },
    location: opts.country ? { name: null, admin1: null, country: null, iso3: opts.country, latitude: null, longitude: null, precision: 6 } : null,
    actor1: opts.actorCountry ? { name: 'Military Forces', kind: 'military', country: opts.actorCountry, inter: 1 } : null,
    actor2: null, associatedActors: [], claims: [],
    totals: { killed: empty, wounded: empty, missing: empty, captured: empty }, fatalities: null,
    evidence: [{ text: ev, start: at, end: at + ev.length }], articles: ['a1'],
  };
  return locateEvents(article, [event])[0]!.location;
}

/** Great-circle distance in km from the place's point to (lat, lon). */
export function km(a: Place, lat: number, lon: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((lat - a.latitude!) * r) / 2) ** 2 + Math.cos(a.latitude! * r) * Math.cos(lat * r) * Math.sin(((lon - a.longitude!) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(x));
}

/** A sentence and the place it should give: its country (ISO3), admin-1 and, when given, name. */
export interface PlaceCase { pattern: string; text: string; iso3: string; admin1: string; name?: string }

/** One test per case, named by its group, pattern and sentence. */
export function checkPlaces(group: string, cases: PlaceCase[]): void {
  for (const c of cases) {
    test(`${group}: ${c.pattern}: "${c.text}"`, () => {
      const p = locate(c.text);
      assert.ok(p, 'a place is found');
      assert.equal(p.iso3, c.iso3);
      assert.equal(p.admin1, c.admin1);
      if (c.name) assert.equal(p.name, c.name);
    });
  }
}
