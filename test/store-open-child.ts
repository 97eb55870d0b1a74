/**
 * A child process of store-concurrent-open.test.ts (not a test file itself): loads the store, says
 * "ready", waits for "go" on stdin so that every child opens the database at the same instant, then
 * stores its articles and prints how many it stored.
 *
 *   node --import tsx test/store-open-child.ts SPEC FIRST COUNT
 */
import { open } from '../src/store/index.ts';
import { article, event, DAYTON, FRESNO } from './store-fixtures.ts';

const [spec, first, count] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const items = Array.from({ length: count }, (_, k) => {
  const i = first + k;
  const text = `A man named Orrin Vale${i} was shot on Harlan Street${i} late on Friday, police said. He died at a hospital.`;
  return { article: article(`open-race-${i}`, text), events: [event({ location: i % 2 ? DAYTON : FRESNO })] };
});
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  try {
    const store = await open(spec);
    const res = await store.ingestArticles(items);
    await store.close();
    process.stdout.write(`stored ${res.filter((r) => r.status === 'new' || r.status === 'unchanged').length}\n`);
    process.exit(0);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
});
