// From the TypeScript sources only (tests, tsx): the analyzeAsync worker registers tsx, then
// loads analyze-worker.ts. The built package starts dist/analyze-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');
