// The library: the same stages the CLI runs.
export * from './record/schema.ts';
export { eventTypeOf } from './record/taxonomy.ts';
export { processArticle } from './pipeline.ts';
export { readInputs } from './read/inputs.ts';
