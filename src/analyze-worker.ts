// The worker thread behind `analyzeAsync`: runs one `analyze` per message, posting its progress
// reports, then its result or its error, as plain structured-cloneable values.
import { parentPort } from 'node:worker_threads';
import type { AnalyzeRequest, AnalyzeWorkerMessage } from './analyze-async.js';
import {
  type AnalyzeOptions,
  analyze,
  CorroborateError,
  createKnowledgeBase,
  SourceLedger,
} from './index.js';

parentPort?.on('message', (request: AnalyzeRequest) => {
  const post = (message: AnalyzeWorkerMessage) => parentPort?.postMessage(message);
  try {
    const options: AnalyzeOptions = { ...request.options };
    if (request.knowledge !== undefined) options.knowledge = createKnowledgeBase(request.knowledge);
    if (request.ledger !== undefined) options.ledger = SourceLedger.fromJSON(request.ledger);
    if (request.progress) options.onProgress = (progress) => post({ progress });
    post({ analysis: analyze(request.articles, options) });
  } catch (error) {
    post({
      error: CorroborateError.is(error)
        ? { code: error.code, message: error.message, details: { ...error.details } }
        : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    });
  }
});
