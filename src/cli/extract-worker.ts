/**
 * An extraction worker thread: answers each batch of articles with one result per article, in
 * order: each article extracted whole, or, when the batch carries their first-half events, the
 * second half of the stages run on them (pipeline.ts finishArticle). An article that throws fails
 * alone; the rest of the batch goes on.
 */
import { parentPort } from 'node:worker_threads';
import { finishArticle, processArticle } from '../pipeline.ts';
import { runOne, WORKER_READY, type BatchReply, type BatchRequest } from './worker-pool.ts';

if (!parentPort) throw new Error('src/cli/extract-worker.ts runs only as a worker thread (see worker-pool.ts)');
const port = parentPort;

port.on('message', (req: BatchRequest) => {
  const { started } = req;
  const results = req.articles.map((a, i) => runOne(
    started ? (article, o) => finishArticle({ article, events: started[i]! }, o) : processArticle,
    a, req.maxEvents, req.output));
  const reply: BatchReply = { id: req.id, results };
  port.postMessage(reply);
});
port.postMessage(WORKER_READY);
