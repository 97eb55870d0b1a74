import { annotate, type Doc } from '../src/annotate/doc.ts';

/** A text as the pipeline reads it for the typing benches: the real sentence splitter and token layer, made on first use. */
export function docOf(text: string, published: string | null = null): Doc {
  return annotate({ id: 'bench', title: null, url: null, published, outlet: null, byline: null, text });
}
