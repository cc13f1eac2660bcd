// Does the source ledger learn whom to trust? A synthetic newsroom: 30 outlets with known
// reliabilities (6 of them republish another outlet's story most of the time), 300 stories told
// as the claims the story-level pipeline produces (role holders, event places, figures: one
// object per slot, one value per outlet). Each story is judged by discoverTruth, each outlet's
// claims are counted as corroborated / contradicted against the consensus and recorded in a
// ledger, and the next story starts from the ledger's priors.
//
//   npx tsx bench/ledger-newsroom.ts [--stories 300] [--seed 7] [--algorithms voting,crh]
//
// Reports the Spearman correlation between the ledger's reliability and each outlet's true
// reliability after 30, 100 and 300 stories, and consensus accuracy per story with the ledger's
// priors against without, when reliabilities differ and when they are all equal. An outlet's
// true reliability is the share of the claims it published (its own or republished) that were
// right: a copier is as reliable as what it republishes.

import {
  discoverTruth,
  type TruthAlgorithm,
  type TruthClaim,
} from '../src/consensus/discover-truth.js';
import { createSourceLedger, type SourceLedger } from '../src/ledger/source-ledger.js';
import { spearman } from './rank-correlation.js';
import { mulberry32 } from './synthetic-corpus.js';

const OUTLETS = 30;
const COPIERS = 6;
/** A copier republishes its original's story this often (syndication). */
const COPY_RATE = 0.8;
/** Share of outlets that cover a given story. */
const COVERAGE = 0.4;
/** Share of a story's slots an article states. */
const SLOT_RATE = 0.7;
/** Wrong values an error picks from: stale or mistaken values repeat across outlets. */
const WRONG_VALUES = 3;
const CHECKPOINTS = [30, 100, 300];

const argv = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const index = argv.indexOf(flag);
  return index === -1 ? fallback : (argv[index + 1] ?? fallback);
};
const storyCount = Number(option('--stories', '300'));
const seed = Number(option('--seed', '7'));
const algorithms = option('--algorithms', 'voting,crh').split(',') as TruthAlgorithm[];

interface Outlet {
  name: string;
  reliability: number;
  /** Index of the outlet whose story it republishes, for copiers. */
  copies: number | null;
}

function newsroom(random: () => number, varied: boolean): Outlet[] {
  return Array.from({ length: OUTLETS }, (_, index) => ({
    name: `outlet-${String(index).padStart(2, '0')}`,
    reliability: varied ? 0.35 + 0.6 * random() : 0.7,
    copies: index >= OUTLETS - COPIERS ? Math.floor(random() * (OUTLETS - COPIERS)) : null,
  }));
}

interface Story {
  truth: Map<string, string>;
  /** Claims per outlet (an outlet's article), with the copy clusters' weights applied. */
  claims: TruthClaim[];
  outlets: string[];
}

function generateStory(outlets: readonly Outlet[], random: () => number, index: number): Story {
  const slots = 4 + Math.floor(random() * 6);
  // Values are labels drawn per object, so that no tie-break by value order favours the truth.
  const labels = new Map<string, string[]>();
  const truth = new Map<string, string>();
  for (let slot = 0; slot < slots; slot++) {
    const values = Array.from({ length: WRONG_VALUES + 1 }, (_, k) => `v${k}`);
    for (let k = values.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [values[k], values[j]] = [values[j]!, values[k]!];
    }
    labels.set(`s${index}-slot${slot}`, values.slice(1));
    truth.set(`s${index}-slot${slot}`, values[0]!);
  }
  const articles = new Map<number, Map<string, string>>();
  const write = (outlet: Outlet): Map<string, string> => {
    const article = new Map<string, string>();
    for (const object of truth.keys()) {
      if (random() >= SLOT_RATE) continue;
      article.set(
        object,
        random() < outlet.reliability
          ? truth.get(object)!
          : labels.get(object)![Math.floor(random() * WRONG_VALUES)]!,
      );
    }
    return article;
  };
  outlets.forEach((outlet, position) => {
    if (outlet.copies !== null || random() >= COVERAGE) return;
    articles.set(position, write(outlet));
  });
  // Copiers: republish their original's article when it covered the story, else write their own.
  const copyOf = new Map<number, number>();
  outlets.forEach((outlet, position) => {
    if (outlet.copies === null) return;
    const original = articles.get(outlet.copies);
    if (original && random() < COPY_RATE) {
      articles.set(position, new Map(original));
      copyOf.set(position, outlet.copies);
    } else if (random() < COVERAGE) articles.set(position, write(outlet));
  });
  // Copy clusters count once, as the pipeline's copy detection makes them: weight 1/k each.
  const clusterSize = new Map<number, number>();
  for (const [copy, original] of copyOf) {
    clusterSize.set(original, (clusterSize.get(original) ?? 1) + 1);
    void copy;
  }
  const claims: TruthClaim[] = [];
  for (const [position, article] of articles) {
    const root = copyOf.get(position) ?? position;
    const weight = 1 / (clusterSize.get(root) ?? 1);
    for (const [object, value] of article)
      claims.push({ source: outlets[position]!.name, object, value, weight });
  }
  return {
    truth,
    claims,
    outlets: [...articles.keys()].map((position) => outlets[position]!.name),
  };
}

/** Records a story's judged claims in the ledger, one source record per outlet. */
function record(
  ledger: SourceLedger,
  story: Story,
  chosen: Record<string, unknown>,
  index: number,
): void {
  const bySource = new Map<
    string,
    { corroborated: number; contradicted: number; weight: number }
  >();
  for (const claim of story.claims) {
    const entry = bySource.get(claim.source) ?? {
      corroborated: 0,
      contradicted: 0,
      weight: claim.weight ?? 1,
    };
    if (chosen[claim.object] === claim.value) entry.corroborated++;
    else entry.contradicted++;
    bySource.set(claim.source, entry);
  }
  ledger.recordStory({
    story: `story-${String(index).padStart(4, '0')}`,
    date: null,
    sources: [...bySource].map(([source, { corroborated, contradicted, weight }]) => ({
      source,
      articles: 1,
      units: corroborated + contradicted > 0 ? weight : 0,
      agreeingUnits:
        corroborated + contradicted > 0
          ? (weight * corroborated) / (corroborated + contradicted)
          : 0,
      corroborated,
      contradicted,
      uncorroborated: 0,
      staleFigures: 0,
      unrelated: 0,
    })),
  });
}

interface Outcome {
  spearman: Map<number, number>;
  accuracyWith: number;
  accuracyWithout: number;
}

function simulate(varied: boolean, algorithm: TruthAlgorithm): Outcome {
  const random = mulberry32(seed);
  const outlets = newsroom(random, varied);
  const ledger = createSourceLedger();
  const published = new Map<string, { right: number; all: number }>();
  const spearmanAt = new Map<number, number>();
  let rightWith = 0;
  let rightWithout = 0;
  let objects = 0;
  for (let index = 0; index < storyCount; index++) {
    const story = generateStory(outlets, random, index);
    if (story.claims.length === 0) continue;
    for (const claim of story.claims) {
      const tally = published.get(claim.source) ?? { right: 0, all: 0 };
      tally.all++;
      if (story.truth.get(claim.object) === claim.value) tally.right++;
      published.set(claim.source, tally);
    }
    const without = discoverTruth(story.claims, { algorithm });
    const priors = ledger.priors(story.outlets, algorithm);
    const withPriors = discoverTruth(story.claims, { algorithm, initialTrust: priors });
    for (const [object, value] of story.truth) {
      if (!(object in without.truth)) continue;
      objects++;
      if (without.truth[object] === value) rightWithout++;
      if (withPriors.truth[object] === value) rightWith++;
    }
    // The ledger learns from the consensus it can see (with priors), never from the truth.
    record(ledger, story, withPriors.truth, index);
    if (CHECKPOINTS.includes(index + 1)) {
      const seen = outlets.filter((outlet) => ledger.reliability(outlet.name) !== null);
      const truly = seen.map((outlet) => {
        const tally = published.get(outlet.name)!;
        return tally.right / tally.all;
      });
      spearmanAt.set(
        index + 1,
        spearman(
          truly,
          seen.map((outlet) => ledger.reliability(outlet.name)!.reliability),
        ),
      );
    }
  }
  return {
    spearman: spearmanAt,
    accuracyWith: rightWith / objects,
    accuracyWithout: rightWithout / objects,
  };
}

console.log(
  `Synthetic newsroom: ${OUTLETS} outlets (${COPIERS} republish another's story ${COPY_RATE * 100}% of the time), ${storyCount} stories, seed ${seed}\n`,
);
console.log(
  '| reliabilities | algorithm | Spearman after 30 | 100 | 300 | accuracy without priors | with ledger priors |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const varied of [true, false]) {
  for (const algorithm of algorithms) {
    const outcome = simulate(varied, algorithm);
    const at = (n: number) => {
      const value = outcome.spearman.get(n);
      return value === undefined ? '–' : value.toFixed(3);
    };
    console.log(
      `| ${varied ? 'vary (0.35–0.95)' : 'all 0.7'} | ${algorithm} | ${at(30)} | ${at(100)} | ${at(300)} | ${(outcome.accuracyWithout * 100).toFixed(2)}% | ${(outcome.accuracyWith * 100).toFixed(2)}% |`,
    );
  }
}
