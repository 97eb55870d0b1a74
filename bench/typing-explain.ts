/**
 * Prints the event mentions the typing finds in a text, with the rule that chose each one:
 *   node --import tsx bench/typing-explain.ts "Police fired tear gas at protesters in the capital."
 */
import { detectEventMentions } from '../src/extract/typing/index.ts';
import { docOf } from './typing-doc.ts';

const text = process.argv.slice(2).join(' ');
if (!text) {
  console.error('usage: typing-explain.ts TEXT');
  process.exit(2);
}
for (const m of detectEventMentions(docOf(text))) {
  console.log(`${m.score.toFixed(2).padStart(6)}  s${m.sentenceIndex}  ${m.subEventType.padEnd(36)} ${(m.modality ?? '').padEnd(12)} ${JSON.stringify(m.trigger.text)}  (${m.why})`);
}
