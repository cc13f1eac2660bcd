// Times building the bundled office-holder knowledge base and its look-ups; prints a markdown table
// for bench/BENCHMARKS.md.
// Run: npx tsx bench/knowledge-base.ts
import { bundledRecords, SNAPSHOT_DATE } from '../src/knowledge/data/index.js';
import { createKnowledgeBase, type KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { officeHolders } from '../src/knowledge/office-holders.js';
import { mulberry32 } from './synthetic-corpus.js';

/** Look-ups per timed run: the figure the brief asks for. */
const LOOKUPS = 100_000;

/** Timed runs per case; the median is reported (odd, so the median is a real sample). */
const SAMPLES = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

const firstUse = time(() => officeHolders.roles);

const build = () =>
  createKnowledgeBase({
    snapshotDate: SNAPSHOT_DATE,
    roles: [...bundledRecords().roles],
    terms: [...bundledRecords().terms],
  });
const builds = Array.from({ length: SAMPLES }, () => time(build));
const kb: KnowledgeBase = build();

const random = mulberry32(20251026);
const roleIds = kb.roles.map((role) => role.id);
const dayMs = 86_400_000;
const from = Date.parse('2014-01-01T00:00:00Z');
const span = Math.round((Date.parse(`${SNAPSHOT_DATE}T00:00:00Z`) - from) / dayMs);
const questions = Array.from({ length: LOOKUPS }, () => ({
  roleId: roleIds[Math.floor(random() * roleIds.length)]!,
  date: new Date(from + Math.floor(random() * span) * dayMs).toISOString().slice(0, 10),
}));
const people = kb.roles.flatMap((role) => kb.termsOf(role.id).map((term) => term.person));
const names = Array.from({ length: LOOKUPS }, () => people[Math.floor(random() * people.length)]!);

let found = 0;
const holderRuns = Array.from({ length: SAMPLES }, () =>
  time(() => {
    for (const { roleId, date } of questions) if (kb.holderOn(roleId, date)) found += 1;
  }),
);
const findRuns = Array.from({ length: SAMPLES }, () =>
  time(() => {
    for (const name of names) found += kb.findPerson(name).length;
  }),
);

const ms = (value: number) => value.toFixed(1);
const lines = [
  `Bundled data: ${kb.roles.length} roles, ${bundledRecords().terms.length} terms (Node ${process.version}).`,
  '',
  '| case | time |',
  '| --- | ---: |',
  `| first use of \`officeHolders\` (validate + index, cold JIT) | ${ms(firstUse)} ms |`,
  `| \`createKnowledgeBase\` on the bundled records (median of ${SAMPLES}) | ${ms(median(builds))} ms |`,
  `| ${LOOKUPS.toLocaleString('en')} \`holderOn\` look-ups, random role and day 2014–snapshot (median) | ${ms(median(holderRuns))} ms |`,
  `| ${LOOKUPS.toLocaleString('en')} \`findPerson\` look-ups of full names (median) | ${ms(median(findRuns))} ms |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (found === 0) process.exitCode = 1;
