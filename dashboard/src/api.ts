/** A typed client of the fogwatch API (docs/api.md), same origin. */
import type {
  ApiError, ArticleResponse, EventDetailResponse, EventListResponse, EventQuery, ListedEvent, FeedListResponse, StatsResponse, SummaryQuery, SummaryResponse,
} from '../../src/serve/api-types.ts';

const TOKEN_KEY = 'fogwatch-token';

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function authHeaders(accept: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = path + (qs.size ? `?${qs}` : '');
  const res = await fetch(url, { headers: authHeaders('application/json') });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = ((await res.json()) as ApiError).error.message;
    } catch {
      /* not JSON */
    }
    throw new ApiFailure(res.status, message);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  events: (q: EventQuery) => get<EventListResponse>('/api/events', q as Record<string, string | number | undefined>),
  /** The list's view: rows need no claims nor evidence (a much-reported event's claims are tens of kB). */
  listed: (q: EventQuery) => get<EventListResponse<ListedEvent>>('/api/events', { ...q, view: 'list' } as Record<string, string | number | undefined>),
  event: (id: string) => get<EventDetailResponse>(`/api/events/${enc(id)}`),
  article: (id: string) => get<ArticleResponse>(`/api/articles/${enc(id)}`),
  stats: (q: Pick<EventQuery, 'since' | 'until' | 'country' | 'type'>) => get<StatsResponse>('/api/stats', q),
  summary: (q: SummaryQuery) => get<SummaryResponse>('/api/summary', q as unknown as Record<string, string | number | undefined>),
  feeds: () => get<FeedListResponse>('/api/feeds'),
};
