// Does any text stage grow faster than its input? Times every hostile case of
// test/helpers/hostile-inputs.ts at two sizes, four times apart, and fails (exit 1) when a case's
// time grows more than MAX_GROWTH times: a linear stage grows ~4×, a quadratic one ~16×. The
// unit tests run the same inputs at a medium size and check their results; wall times live here,
// not in the unit tests. Each case starts at --scale and doubles its input until one run takes
// CALIBRATED_MS, so that timer noise and garbage collection do not decide the ratio; a case
// that stays faster than that at MAX_SCALE passes as linear.
//
//   npx tsx fuzz/complexity.ts [--scale 5] [--only tokenize,extractDates]
import { HOSTILE_CASES } from '../test/helpers/hostile-inputs.js';

/** Growth allowed when the input grows 4×: twice the linear 4×, half the quadratic 16×. */
const MAX_GROWTH = 8;
/** The smaller size is grown until one run takes at least this long. */
const CALIBRATED_MS = 30;
/** Largest scale tried (×20,000 characters): 4 × 160 stays under MAX_ARTICLE_LENGTH. */
const MAX_SCALE = 160;
const RUNS = 3;
const RETRIES = 2;

function bestOf(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < RUNS; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const argv = process.argv.slice(2);
const option = (flag: string) => {
  const index = argv.indexOf(flag);
  return index === -1 ? undefined : argv[index + 1];
};
const scale = Number(option('--scale') ?? '5');
const only = option('--only')?.split(',');

let failed = 0;
console.log('| stage | input | characters | time | 4× the characters | growth |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const hostile of HOSTILE_CASES) {
  if (only && !only.includes(hostile.stage)) continue;
  let at = scale;
  let small = hostile.input(at);
  hostile.run(small); // warm-up: JIT and lazy modules
  let smallMs = bestOf(() => hostile.run(small));
  while (smallMs < CALIBRATED_MS && at * 2 <= MAX_SCALE) {
    at *= 2;
    small = hostile.input(at);
    smallMs = bestOf(() => hostile.run(small));
  }
  const large = hostile.input(at * 4);
  let largeMs = bestOf(() => hostile.run(large));
  let growth = largeMs / Math.max(smallMs, 0.001);
  // A busy machine or a garbage collection can stretch one measurement: a case fails only
  // when it grows too fast in every one of RETRIES fresh measurements.
  for (let retry = 0; retry < RETRIES && smallMs >= CALIBRATED_MS && growth > MAX_GROWTH; retry++) {
    smallMs = bestOf(() => hostile.run(small));
    largeMs = bestOf(() => hostile.run(large));
    growth = Math.min(growth, largeMs / Math.max(smallMs, 0.001));
  }
  const bad = smallMs >= CALIBRATED_MS && growth > MAX_GROWTH;
  if (bad) failed++;
  console.log(
    `| ${hostile.stage} | ${hostile.name} | ${small.length.toLocaleString('en-US')} | ${smallMs.toFixed(1)} ms | ${largeMs.toFixed(1)} ms | ${growth.toFixed(1)}×${bad ? ' **SUPERLINEAR**' : ''} |`,
  );
}
if (failed > 0) {
  console.error(`\n${failed} case(s) grew more than ${MAX_GROWTH}× for a 4× larger input.`);
  process.exit(1);
}
console.log(
  `\nEvery case grew at most ${MAX_GROWTH}× (or stayed under ${CALIBRATED_MS} ms at ${MAX_SCALE * 20_000} characters).`,
);
