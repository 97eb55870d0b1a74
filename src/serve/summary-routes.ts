/**
 * GET /api/summary: the events of the dashboard's filters aggregated on a grid for the map, at any
 * zoom (store/summary.ts). Mounted by app.ts under /api, behind the same Host, token and header
 * checks as the rest; parameters are checked strictly like every other endpoint's.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { SUB_EVENT_TYPES } from '../record/taxonomy.ts';
import { StoreError } from '../store/errors.ts';
import type { Store } from '../store/types.ts';
import type { SummaryResponse } from './api-types.ts';
import { errorBody } from './errors.ts';
import { describeZodError, ParamError, queryObject, StatsQuerySchema } from './params.ts';

const coordinate = z.coerce.number().refine(Number.isFinite, 'not a number');

/** west,south,east,north in degrees. */
const bbox = z.string().max(200).transform((s, ctx) => {
  const v = s.split(',').map((x) => Number(x.trim()));
  const ok = v.length === 4 && v.every(Number.isFinite) && v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[0] <= v[2] && v[1] <= v[3];
  if (!ok) {
    ctx.addIssue({ code: 'custom', message: 'expected west,south,east,north in degrees (−180…180, −90…90, west ≤ east, south ≤ north)' });
    return z.NEVER;
  }
  return v as [number, number, number, number];
});

export const SummaryQuerySchema = StatsQuerySchema.extend({
  zoom: coordinate.pipe(z.number().int().min(0).max(22)).default(1),
  bbox: bbox.optional(),
  subType: z.enum(SUB_EVENT_TYPES as [string, ...string[]]).optional(),
  background: z.enum(['include', 'exclude']).default('include'),
}).superRefine((v, ctx) => {
  if (v.since && v.until && v.since > v.until) ctx.addIssue({ code: 'custom', path: ['since'], message: `since (${v.since}) is after until (${v.until})` });
});

export const SUMMARY_PATH = '/api/summary';

export function mountSummaryRoutes(app: Hono, store: Store): void {
  app.get(SUMMARY_PATH, async (c) => {
    let raw: Record<string, string>;
    try {
      raw = queryObject(new URL(c.req.url));
    } catch (e) {
      if (e instanceof ParamError) return c.json(errorBody(400, e.message), 400);
      throw e;
    }
    const r = SummaryQuerySchema.safeParse(raw);
    if (!r.success) return c.json(errorBody(400, describeZodError(r.error)), 400);
    const q = r.data;
    try {
      const body: SummaryResponse = await store.summary({
        zoom: q.zoom, bbox: q.bbox, since: q.since, until: q.until, country: q.country, type: q.type, subType: q.subType,
        includeBackground: q.background !== 'exclude',
      });
      return c.json(body);
    } catch (e) {
      if (e instanceof StoreError && e.code === 'input') return c.json(errorBody(400, e.message), 400);
      throw e;
    }
  });
}
