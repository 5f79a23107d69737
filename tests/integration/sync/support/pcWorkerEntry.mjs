// Worker threads do not inherit a TypeScript loader from the parent; this registers tsx in the worker
// and then loads the TypeScript worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./pcWorker.ts');
