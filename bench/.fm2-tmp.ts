import { readFileSync } from 'node:fs';
import { findMentions } from '../src/places/mentions.ts';
import { placesData } from '../src/places/data.ts';
const docs = readFileSync('/work/shared/eval/gva/documents.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 1500).map((l) => JSON.parse(l).text as string);
placesData();
for (let r = 0; r < 5; r++) for (const d of docs) findMentions(d);
