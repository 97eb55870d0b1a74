// Entry of the POST /api/articles worker thread (src/serve/post-worker-pool.ts). Plain JavaScript because a worker
// starts without the parent's module hooks: it registers tsx the way bin/fogwatch does, then loads
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./post-worker.ts');
