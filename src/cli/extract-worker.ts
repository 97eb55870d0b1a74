/**
 * An extraction worker thread: answers each batch of articles with one result per article, in
 * order. An article that throws fails alone; the rest of the batch goes on.
 */
import { parentPort } from 'node:worker_threads';
import { processArticle } from '../pipeline.ts';
import { runOne, WORKER_READY, type BatchReply, type BatchRequest } from './worker-pool.ts';

if (!parentPort) throw new Error('src/cli/extract-worker.ts runs only as a worker thread (see worker-pool.ts)');
const port = parentPort;

port.on('message', (req: BatchRequest) => {
  const reply: BatchReply = { id: req.id, results: req.articles.map((a) => runOne(processArticle, a, req.maxEvents, req.output)) };
  port.postMessage(reply);
});
port.postMessage(WORKER_READY);
