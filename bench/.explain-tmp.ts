import { articleMentions, locateEvent, type Trace } from '../src/places/locate.ts';
const text = process.argv[2]!;
const art: any = { id: '1', text };
const ev: any = { evidence: [{ text, start: 0, end: text.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
const tr: Trace = [];
const p = locateEvent(art, ev, articleMentions(art), tr);
console.log(tr, p?.name, p?.admin1);
