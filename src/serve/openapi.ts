/**
 * GET /api/openapi.json: the API described as OpenAPI 3.1. Parameter schemas come from the same
 * zod schemas that validate requests, and record schemas from src/record/schema.ts, so the
 * document cannot drift from what the server accepts and returns.
 */
import { z } from 'zod';
import { Article, Contradiction, Event, Span } from '../record/schema.ts';
import { ACCEPTED_TYPES } from './ingest-body.ts';
import { FEED_HEALTH_SCHEMA, liveOpenApiPaths } from './live-routes.ts';
import { EventQuerySchema, IngestQuerySchema, StatsQuerySchema } from './params.ts';
import { SUMMARY_PATH, SummaryQuerySchema } from './summary-routes.ts';

const PARAM_DOCS: Record<string, string> = {
  since: 'Events on or after this day (YYYY-MM-DD).',
  until: 'Events on or before this day (YYYY-MM-DD).',
  country: 'Country name or ISO3 code, case-insensitive.',
  type: 'ACLED event type, exact (or "Diplomacy").',
  subType: 'ACLED sub-event type, exact; must belong to `type` when both are given.',
  q: 'Words searched in the place, actors, notes and article titles, from the start of a word.',
  background: 'Past events recalled as context: include (default) or exclude.',
  sort: 'Order of the events.',
  limit: 'Events per page, 1–500 (default 100).',
  cursor: 'The `nextCursor` of the previous page.',
  rule: 'How totals are reconciled: conservative (ACLED, default) or best (UCDP).',
  view: 'full (default): each event whole; list: without `claims`, `evidence` and `articles`, what a list shows (the event endpoint gives them).',
  updatedSince: 'Only events changed after this time (ISO 8601 with an offset, e.g. 2021-11-17T10:00:00Z): what a client missed.',
  title: 'Title for a text or HTML body.',
  published: 'Publication day for a body that carries none.',
  outlet: 'Outlet name for a body that carries none.',
  url: 'Source URL (http or https) of the body.',
  id: 'Article id to use for a text or HTML body (else derived from the URL or the text).',
  zoom: 'Map zoom 0–22 (default 1): events are aggregated on square cells of 2^(5 − zoom) degrees (32° at 0, 1° at 5).',
  bbox: 'west,south,east,north in degrees: only events in this box (default the whole world).',
};

function queryParams(schema: z.ZodObject): unknown[] {
  return Object.entries(schema.shape).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    description: PARAM_DOCS[name] ?? '',
    schema: z.toJSONSchema(s as z.ZodType, { io: 'input', unrepresentable: 'any' }),
  }));
}

const json = (schemaRef: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } },
});

const errors = (...codes: number[]) => Object.fromEntries(codes.map((code) => [String(code), json('Error', ERROR_TEXT[code] ?? 'error')]));
const ERROR_TEXT: Record<number, string> = {
  400: 'A parameter or the body is invalid; the message names it.',
  401: 'A token is required (server started with --token) and is missing or wrong.',
  403: 'Refused: a foreign Host header or a write from another origin.',
  404: 'No such event or article.',
  413: 'The body is over the size limit.',
  415: 'The Content-Type is not one the endpoint reads.',
};

let cached: Record<string, unknown> | null = null;

export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any' });
  const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `The ${what}'s id.`, schema: { type: 'string', maxLength: 512 } });
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'fogwatch API',
      version: '0.1.0',
      description: 'Conflict events merged from news reports, with every casualty claim, its claimant and its quote. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'Only when the server was started with --token or FOGWATCH_TOKEN; then every /api request needs it.' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['message', 'status'], properties: { message: { type: 'string' }, status: { type: 'integer' } } } } },
        Event: { ...schema(Event), description: 'A stored event: the record of src/record/schema.ts plus articleCount, createdAt, updatedAt.' },
        Article: schema(Article),
        Span: schema(Span),
        Contradiction: schema(Contradiction),
        EventList: { type: 'object', required: ['events', 'nextCursor'], properties: { events: { type: 'array', items: { $ref: '#/components/schemas/Event' } }, nextCursor: { type: ['string', 'null'] } } },
        EventDetail: {
          type: 'object',
          required: ['event', 'claimGroups', 'contradictions', 'articles'],
          properties: {
            event: { $ref: '#/components/schemas/Event' },
            claimGroups: { type: 'array', items: { type: 'object', description: 'Claims about one party and outcome: party, outcome, claims (each with id, articleId, claimedBy, low, high, quote), range {low, best, high}.' } },
            contradictions: { type: 'array', items: { $ref: '#/components/schemas/Contradiction' } },
            articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] } } } },
          },
        },
        ArticleDetail: {
          type: 'object',
          required: ['article', 'eventIds', 'claims', 'evidence', 'spans'],
          properties: {
            article: { $ref: '#/components/schemas/Article' },
            eventIds: { type: 'array', items: { type: 'string' } },
            claims: { type: 'array', items: { type: 'object' } },
            evidence: { type: 'array', items: { $ref: '#/components/schemas/Span' } },
            spans: { type: 'array', description: 'Sorted, non-overlapping spans to highlight.', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, kind: { enum: ['claim', 'evidence'] }, claimIds: { type: 'array', items: { type: 'string' } } } } },
          },
        },
        FeedHealth: FEED_HEALTH_SCHEMA,
        Summary: {
          type: 'object',
          properties: {
            cell: { type: 'number', description: 'Cell size in degrees.' },
            events: { type: 'integer', description: 'Located events of the filters in the box.' },
            truncated: { type: 'boolean', description: 'True when the box held more than 5,000 cells: the fullest are returned.' },
            points: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  latitude: { type: 'number', description: 'Mean latitude of the cell\'s events.' },
                  longitude: { type: 'number' },
                  events: { type: 'integer' },
                  fatalities: { type: 'integer', description: 'Sum of the events\' fatalities.' },
                  eventType: { type: 'string', description: 'The most frequent event type of the cell.' },
                  eventId: { type: ['string', 'null'], description: 'The event, when the cell holds one.' },
                },
              },
            },
          },
        },
        Stats: { type: 'object', description: 'articles, events, claims, byDay, byType, byCountry, and byDayType (events per day and type, background events left out).' },
        IngestResult: { type: 'object', properties: { results: { type: 'array', items: { type: 'object', properties: { articleId: { type: 'string' }, status: { enum: ['new', 'updated', 'unchanged'] }, eventsNew: { type: 'integer' }, eventsMerged: { type: 'integer' }, eventIds: { type: 'array', items: { type: 'string' } } } } }, failed: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, error: { type: 'string' } } } }, items: { type: 'array', description: 'One entry per part of the body, in order.', items: { type: 'object', properties: { source: { type: 'string' }, articleId: { type: 'string' }, status: { enum: ['new', 'updated', 'unchanged', 'failed', 'not_processed'] }, error: { type: 'string' }, warnings: { type: 'array', items: { type: 'string' } } } } } } },
      },
    },
    security: [{}, { token: [] }],
    paths: {
      '/api/events': {
        get: {
          summary: 'Events, filtered and sorted, a page at a time.',
          parameters: queryParams(EventQuerySchema as unknown as z.ZodObject),
          responses: { 200: json('EventList', 'A page of events.'), ...errors(400, 401, 403) },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with its claims grouped by party and outcome, contradictions and articles.',
          parameters: [idParam('event'), ...queryParams(z.object({ rule: (EventQuerySchema as unknown as z.ZodObject).shape.rule as z.ZodType }))],
          responses: { 200: json('EventDetail', 'The event.'), ...errors(400, 401, 403, 404) },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article: its text, its claims with their quote spans, and spans ready to highlight.',
          parameters: [idParam('article')],
          responses: { 200: json('ArticleDetail', 'The article.'), ...errors(400, 401, 403, 404) },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Ingest articles: read, extracted, stored and merged like `fogwatch ingest`.',
          parameters: queryParams(IngestQuerySchema),
          requestBody: {
            required: true,
            description: 'text/plain or text/html (one article), application/json (one article object or an array), application/x-ndjson (one article per line). UTF-8. Size-capped (--max-body).',
            content: Object.fromEntries(ACCEPTED_TYPES.map((t) => [t, {}])),
          },
          responses: { 201: json('IngestResult', 'What was stored.'), ...errors(400, 401, 403, 413, 415) },
        },
      },
      '/api/stats': {
        get: {
          summary: 'Counts: articles, events, claims; events by day, by type, by day and type, by country.',
          parameters: queryParams(StatsQuerySchema),
          responses: { 200: json('Stats', 'The counts.'), ...errors(400, 401, 403) },
        },
      },
      [SUMMARY_PATH]: {
        get: {
          summary: 'The map at any zoom: located events of the filters aggregated on a grid of cells (the fullest 5,000).',
          parameters: queryParams(SummaryQuerySchema as unknown as z.ZodObject),
          responses: { 200: json('Summary', 'The cells.'), ...errors(400, 401, 403) },
        },
      },
      ...liveOpenApiPaths(),
      '/api/openapi.json': { get: { summary: 'This document.', responses: { 200: { description: 'OpenAPI 3.1.' } } } },
    },
  };
  return cached;
}
