// Seeded generator of news coverage of one invented story, for benchmarks that need thousands of
// realistic, heavily overlapping articles: paraphrased facts, per-outlet style, noise lines,
// syndicated copies and a few articles with a wrong place or figure. Deterministic, no Math.random.
//
// The story (a critical-minerals summit in Kuala Lumpur on Wednesday 12 November 2025) is made up.
// The heads of government and organisations it names held those offices on that date, so the
// knowledge-base checks have nothing to flag; everyone else is fictional.
import { CorroborateError, describeType } from '../src/errors.js';
import type { ArticleInput } from '../src/input/validate-articles.js';

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of articles to generate (1 to {@link MAX_GENERATED_ARTICLES}). */
  articles: number;
  /** PRNG seed, an integer in [0, 2^32). The same seed always gives the same corpus. */
  seed: number;
  /**
   * Inclusive range of story sentences per original article (noise lines such as bylines,
   * captions and headings come on top).
   * @default [30, 40]
   */
  sentencesPerArticle?: readonly [number, number];
}

/** Where one rendering of a story fact sits in an article's text. */
export interface FactSpan {
  /** Key of the underlying fact (`summit-opens`, `pledge`…): equal keys state the same thing. */
  fact: string;
  /** Offset of the sentence in the article text. */
  start: number;
  /** Offset one past its end. */
  end: number;
}

/** A fact an article gets wrong on purpose. */
export interface WrongFact {
  /** Which detail of the story is wrong (`hostCity`, `pledgeBillions`…). */
  slot: WorldSlot;
  /** The true value. */
  truth: string;
  /** The value the article states instead. */
  stated: string;
}

/** What the generator knows about one article: ground truth for evaluating alignment and outliers. */
export interface ArticleLabel {
  id: string;
  /** Id of the article this one copies with small edits (syndicated wire copy). */
  copyOf: string | undefined;
  /** The wrong detail, when the article (or the article it copies) has one. */
  wrongFact: WrongFact | undefined;
  /** Every story sentence, in text order. Noise lines (byline, caption…) have no entry. */
  facts: FactSpan[];
}

/** Articles plus their ground truth, in the same order. */
export interface LabelledCorpus {
  articles: ArticleInput[];
  labels: ArticleLabel[];
}

/** Most articles one call generates; ample for the 5,000-article benchmark. */
export const MAX_GENERATED_ARTICLES = 100_000;

/** Share of articles that are syndicated copies of an earlier one (wire copy is common in news). */
export const COPY_RATE = 0.15;

/** Share of original articles with one wrong place or figure: "a few", as in the seed story. */
export const WRONG_FACT_RATE = 0.06;

// Facts sampled for an article keep their story order up to this much jitter (order runs 0–1):
// enough that outlets differ in what comes first, not so much that the lead ends up last.
const ORDER_JITTER = 0.15;

const DEFAULT_SENTENCES_PER_ARTICLE: readonly [number, number] = [30, 40];

/** The details of the story that a wrong-fact article can get wrong. */
export type WorldSlot =
  | 'hostCity'
  | 'nextCity'
  | 'secretariatCity'
  | 'pledgeBillions'
  | 'fundBillions'
  | 'tariffTo'
  | 'delegates';

/** The true story. Templates read every checkable detail from here. */
export interface StoryWorld {
  hostCity: string;
  nextCity: string;
  secretariatCity: string;
  pledgeBillions: number;
  fundBillions: number;
  tariffFrom: number;
  tariffTo: number;
  delegates: number;
  countries: number;
}

/** The facts as every correct article states them. */
export const TRUE_WORLD: Readonly<StoryWorld> = Object.freeze({
  hostCity: 'Kuala Lumpur',
  nextCity: 'São Paulo',
  secretariatCity: 'Singapore',
  pledgeBillions: 48,
  fundBillions: 12.5,
  tariffFrom: 25,
  tariffTo: 10,
  delegates: 1200,
  countries: 27,
});

// Plausible wrong values: the kind of slip a hurried or stale article makes.
const WRONG_VALUES: Readonly<Record<WorldSlot, readonly (string | number)[]>> = {
  hostCity: ['Jakarta', 'Bangkok', 'Manila'],
  nextCity: ['Rio de Janeiro', 'Brasília'],
  secretariatCity: ['Jakarta', 'Hanoi'],
  pledgeBillions: [84, 38, 58],
  fundBillions: [21.5, 15],
  tariffTo: [5, 15],
  delegates: [2100, 800],
};

/** A seeded uniform generator on [0, 1): mulberry32, small, fast and good enough for test data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One independent stream per article (murmur3's finaliser mixes seed and index), so article i is
// the same whatever the corpus size: a 100-article corpus is a prefix of the 1,000-article one.
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** How one outlet writes: the per-article choices that make paraphrases differ in form. */
interface HouseStyle {
  /** 0 "$48 billion", 1 "US$48 billion", 2 "48bn dollars", 3 "$48bn", 4 "48 billion U.S. dollars". */
  dollars: number;
  /** 0 "€12.5 billion", 1 "12.5 billion euros", 2 "EUR 12.5bn", 3 "€12.5bn". */
  euros: number;
  /** 0 "25%", 1 "25 per cent", 2 "25 percent". */
  percent: number;
  /** 0 "Wednesday", 1 "Nov. 12", 2 "November 12", 3 "12 November", 4 "Wednesday, Nov. 12". */
  date: number;
  /** British spelling, "Mr" without a full stop, "9.30am". */
  british: boolean;
  /** "1200" instead of "1,200". */
  plainThousands: boolean;
  /** Straight quotes and apostrophes instead of curly ones. */
  straightQuotes: boolean;
  /** Blank line between paragraphs instead of a single newline. */
  blankLines: boolean;
}

/** What a template sees: the (possibly wrong) world and formatters in the outlet's style. */
interface Render {
  w: StoryWorld;
  usd(billions: number): string;
  eur(billions: number): string;
  pct(value: number): string;
  count(value: number): string;
  /** The summit day (12 November), or the day after with `offset` 1. */
  day(offset?: 0 | 1): string;
  time(hours: number, minutes: number): string;
  /** "Mr. Anwar" or "Mr Anwar". */
  mr(name: string): string;
}

type Template = (c: Render) => string;

/** One thing the coverage reports, with the different ways outlets phrase it. */
interface Fact {
  key: string;
  /** How likely an article is to mention it (0–1]; the lead facts are near 1. */
  prominence: number;
  /** Where it tends to appear in an article (0 = lead, 1 = last paragraph). */
  order: number;
  /** Details of the world every template of this fact states (a wrong-fact article needs one). */
  slots?: readonly WorldSlot[];
  templates: readonly Template[];
}

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

function decimal(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function makeRender(w: StoryWorld, style: HouseStyle): Render {
  const count = (value: number): string => {
    // News style spells out numbers under ten.
    if (Number.isInteger(value) && value >= 0 && value < 10) return SMALL_NUMBERS[value]!;
    return style.plainThousands ? String(value) : value.toLocaleString('en-US');
  };
  return {
    w,
    usd(billions) {
      const n = decimal(billions);
      return [
        `$${n} billion`,
        `US$${n} billion`,
        `${n}bn dollars`,
        `$${n}bn`,
        `${n} billion U.S. dollars`,
      ][style.dollars]!;
    },
    eur(billions) {
      const n = decimal(billions);
      return [`€${n} billion`, `${n} billion euros`, `EUR ${n}bn`, `€${n}bn`][style.euros]!;
    },
    pct(value) {
      const n = decimal(value);
      return [`${n}%`, `${n} per cent`, `${n} percent`][style.percent]!;
    },
    count,
    day(offset = 0) {
      const weekday = offset === 0 ? 'Wednesday' : 'Thursday';
      const dom = 12 + offset;
      return [
        weekday,
        `Nov. ${dom}`,
        `November ${dom}`,
        `${dom} November`,
        `${weekday}, Nov. ${dom}`,
      ][style.date]!;
    },
    time(hours, minutes) {
      const h12 = hours % 12 === 0 ? 12 : hours % 12;
      const mm =
        minutes === 0 ? '' : `${style.british ? '.' : ':'}${String(minutes).padStart(2, '0')}`;
      if (style.british) return `${h12}${mm}${hours < 12 ? 'am' : 'pm'}`;
      return `${h12}${mm} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
    },
    mr(name) {
      return style.british ? `Mr ${name}` : `Mr. ${name}`;
    },
  };
}

// ~60 facts; each template is one sentence. Curly quotes throughout; straight-quote outlets are
// converted afterwards. US spelling; British outlets are converted afterwards.
const FACTS: readonly Fact[] = [
  {
    key: 'summit-opens',
    prominence: 1,
    order: 0,
    slots: ['hostCity'],
    templates: [
      (c) =>
        `Leaders from ${c.count(c.w.countries)} countries gathered in ${c.w.hostCity} on ${c.day()} for a summit on securing supplies of critical minerals.`,
      (c) =>
        `A summit on critical minerals opened in ${c.w.hostCity} on ${c.day()}, bringing together leaders from ${c.count(c.w.countries)} countries.`,
      (c) =>
        `${c.w.hostCity} hosted leaders of ${c.count(c.w.countries)} nations on ${c.day()} at a summit meant to secure the minerals used in batteries and chips.`,
      (c) =>
        `Heads of government from ${c.count(c.w.countries)} countries met in ${c.w.hostCity} on ${c.day()} to discuss how to secure critical minerals.`,
    ],
  },
  {
    key: 'pledge',
    prominence: 1,
    order: 0.03,
    slots: ['pledgeBillions'],
    templates: [
      (c) =>
        `The countries pledged ${c.usd(c.w.pledgeBillions)} to build mineral processing plants.`,
      (c) =>
        `Participants committed ${c.usd(c.w.pledgeBillions)} to new processing capacity, according to a joint statement.`,
      (c) =>
        `A joint statement said the group would invest ${c.usd(c.w.pledgeBillions)} in refining and processing plants.`,
      (c) =>
        `According to the final communiqué, ${c.usd(c.w.pledgeBillions)} has been pledged for processing facilities.`,
    ],
  },
  {
    key: 'host-quote',
    prominence: 0.9,
    order: 0.08,
    templates: [
      () =>
        `“We are done being a quarry for other people’s factories,” Malaysian Prime Minister Anwar Ibrahim said in his opening speech.`,
      () =>
        `Prime Minister Anwar Ibrahim, the host, told delegates: “We are done being a quarry for other people’s factories.”`,
      () =>
        `Opening the meeting, Anwar Ibrahim said the region was “done being a quarry for other people’s factories.”`,
    ],
  },
  {
    key: 'eu-fund',
    prominence: 0.9,
    order: 0.1,
    slots: ['fundBillions'],
    templates: [
      (c) =>
        `European Commission President Ursula von der Leyen announced a ${c.eur(c.w.fundBillions)} fund to co-finance the projects.`,
      (c) =>
        `The European Union will put ${c.eur(c.w.fundBillions)} into a fund for the projects, Commission President Ursula von der Leyen said.`,
      (c) =>
        `A ${c.eur(c.w.fundBillions)} EU fund will co-finance the plants, von der Leyen told reporters.`,
    ],
  },
  {
    key: 'tariffs',
    prominence: 0.85,
    order: 0.14,
    slots: ['tariffTo'],
    templates: [
      (c) =>
        `Members agreed to cut tariffs on processed nickel and lithium from ${c.pct(c.w.tariffFrom)} to ${c.pct(c.w.tariffTo)} by 2027.`,
      (c) =>
        `Tariffs on processed nickel and lithium will fall to ${c.pct(c.w.tariffTo)} from ${c.pct(c.w.tariffFrom)} by 2027 under the deal.`,
      (c) =>
        `Under the agreement, duties on refined nickel and lithium are to be lowered from ${c.pct(c.w.tariffFrom)} to ${c.pct(c.w.tariffTo)} by 2027.`,
    ],
  },
  {
    key: 'delegates',
    prominence: 0.6,
    order: 0.2,
    slots: ['delegates'],
    templates: [
      (c) =>
        `More than ${c.count(c.w.delegates)} delegates attended the two-day event, organizers said.`,
      (c) =>
        `Organizers said over ${c.count(c.w.delegates)} delegates had registered, far more than they had expected.`,
      (c) =>
        `The gathering drew more than ${c.count(c.w.delegates)} delegates, according to the organizers.`,
    ],
  },
  {
    key: 'prabowo-attends',
    prominence: 0.75,
    order: 0.18,
    templates: [
      () =>
        `Indonesian President Prabowo Subianto, whose country holds the world’s largest nickel reserves, attended in person.`,
      () =>
        `Prabowo Subianto, the president of Indonesia, which sits on the world’s biggest nickel reserves, was among those present.`,
      () =>
        `Among the leaders present was Indonesia’s President Prabowo Subianto, whose country has the largest nickel reserves in the world.`,
    ],
  },
  {
    key: 'takaichi-attends',
    prominence: 0.7,
    order: 0.22,
    templates: [
      () => `Japanese Prime Minister Sanae Takaichi made the trip weeks after taking office.`,
      () =>
        `It was one of the first foreign trips for Sanae Takaichi since she became Japan’s prime minister in October.`,
      () => `Takaichi, who took office as Japan’s prime minister in October, also attended.`,
    ],
  },
  {
    key: 'lee-graphite',
    prominence: 0.65,
    order: 0.25,
    templates: [
      () =>
        `South Korean President Lee Jae-myung pressed for guaranteed supplies of graphite for the country’s battery makers.`,
      () =>
        `Lee Jae-myung, South Korea’s president, called for secure graphite supplies for battery manufacturers.`,
      () =>
        `South Korea’s President Lee Jae Myung urged partners to guarantee graphite shipments to Korean battery makers.`,
    ],
  },
  {
    key: 'modi-video',
    prominence: 0.5,
    order: 0.3,
    templates: [
      () =>
        `Indian Prime Minister Narendra Modi addressed the summit by video link from New Delhi.`,
      () =>
        `Narendra Modi, India’s prime minister, joined the talks by video from the Indian capital.`,
      () =>
        `India was represented by Prime Minister Narendra Modi, who spoke via video link from New Delhi.`,
    ],
  },
  {
    key: 'next-summit',
    prominence: 0.7,
    order: 0.9,
    slots: ['nextCity'],
    templates: [
      (c) =>
        `Brazilian President Luiz Inácio Lula da Silva offered to host the next summit in ${c.w.nextCity} in 2026.`,
      (c) =>
        `The next meeting will be held in ${c.w.nextCity} in 2026, after Brazil’s President Lula da Silva offered to host it.`,
      (c) => `Lula said Brazil would host the follow-up summit in ${c.w.nextCity} in 2026.`,
    ],
  },
  {
    key: 'wto-quote',
    prominence: 0.6,
    order: 0.35,
    templates: [
      () =>
        `“Trade rules must not become a weapon over who owns the ground,” World Trade Organization Director-General Ngozi Okonjo-Iweala said.`,
      () =>
        `WTO chief Ngozi Okonjo-Iweala warned that “trade rules must not become a weapon over who owns the ground.”`,
      () =>
        `“Trade rules must not become a weapon over who owns the ground,” said Okonjo-Iweala, the WTO’s director-general.`,
    ],
  },
  {
    key: 'imf-volatility',
    prominence: 0.45,
    order: 0.4,
    templates: [
      (c) =>
        `IMF Managing Director Kristalina Georgieva said mineral price swings had cost exporters ${c.pct(1.5)} of GDP on average last year.`,
      (c) =>
        `Price swings in minerals cost exporting countries an average of ${c.pct(1.5)} of GDP last year, according to IMF chief Kristalina Georgieva.`,
      (c) =>
        `Kristalina Georgieva, the head of the International Monetary Fund, put the cost of last year’s price swings at ${c.pct(1.5)} of exporters’ GDP.`,
    ],
  },
  {
    key: 'china-share',
    prominence: 0.7,
    order: 0.45,
    templates: [
      (c) =>
        `China refines about ${c.pct(90)} of the world’s rare earths, according to the International Energy Agency.`,
      (c) =>
        `Roughly ${c.pct(90)} of global rare earth refining takes place in China, IEA figures show.`,
      (c) =>
        `Beijing controls around ${c.pct(90)} of rare earth processing worldwide, the IEA estimates.`,
    ],
  },
  {
    key: 'china-absent',
    prominence: 0.55,
    order: 0.47,
    templates: [
      () =>
        `China, the world’s largest refiner of most of these minerals, did not send a delegation.`,
      () =>
        `Beijing was not represented at the talks, although it dominates the processing of the minerals under discussion.`,
      () =>
        `No Chinese officials took part in the meeting, even though China processes most of the minerals on the agenda.`,
    ],
  },
  {
    key: 'china-reaction',
    prominence: 0.5,
    order: 0.5,
    templates: [
      () =>
        `A spokesperson for China’s foreign ministry said in Beijing that “supply chains should not be politicized.”`,
      () =>
        `“Supply chains should not be politicized,” a Chinese foreign ministry spokesperson told a regular briefing in Beijing.`,
      () =>
        `In Beijing, the foreign ministry responded that supply chains “should not be politicized.”`,
    ],
  },
  {
    key: 'nickel-price',
    prominence: 0.5,
    order: 0.6,
    templates: [
      (c) =>
        `Nickel prices fell ${c.pct(2.1)} on the London Metal Exchange after the announcement.`,
      (c) => `On the London Metal Exchange, nickel dropped ${c.pct(2.1)} following the news.`,
      (c) => `The news sent nickel ${c.pct(2.1)} lower on the London Metal Exchange.`,
    ],
  },
  {
    key: 'ringgit',
    prominence: 0.35,
    order: 0.62,
    templates: [
      (c) =>
        `In currency markets, the ringgit rose ${c.pct(0.4)} against the U.S. dollar as investors welcomed the deal.`,
      (c) =>
        `Malaysia’s currency, the ringgit, gained ${c.pct(0.4)} versus the dollar after the agreement was announced.`,
      (c) =>
        `The ringgit strengthened by ${c.pct(0.4)} against the greenback, traders in Kuala Lumpur said.`,
    ],
  },
  {
    key: 'first-plants',
    prominence: 0.55,
    order: 0.28,
    templates: [
      () => `Malaysian Trade Minister Nur Aisyah Rahman said the first plants could open by 2028.`,
      () =>
        `The first plants could be operating by 2028, according to Trade Minister Nur Aisyah Rahman.`,
      () =>
        `Nur Aisyah Rahman, Malaysia’s trade minister, told reporters that the first facilities may open in 2028.`,
    ],
  },
  {
    key: 'plant-count',
    prominence: 0.6,
    order: 0.16,
    templates: [
      (c) =>
        `The plan foresees ${c.count(14)} processing plants across Southeast Asia, Africa and Latin America.`,
      (c) => `Some ${c.count(14)} plants are planned in Southeast Asia, Africa and Latin America.`,
      (c) =>
        `In total, ${c.count(14)} refineries would be built across three regions: Southeast Asia, Africa and Latin America.`,
    ],
  },
  {
    key: 'analyst-modest',
    prominence: 0.5,
    order: 0.55,
    templates: [
      () =>
        `Priya Venkataraman of the Singapore-based Meridian Policy Institute said the sums were “real but modest.”`,
      () =>
        `Analyst Priya Venkataraman called the pledges “real but modest,” noting that a single refinery can cost billions.`,
      () =>
        `“The money is real but modest,” said Priya Venkataraman, an analyst at the Meridian Policy Institute in Singapore.`,
    ],
  },
  {
    key: 'lagos-economist',
    prominence: 0.4,
    order: 0.57,
    templates: [
      () =>
        `Oluwaseun Adebayo, chief economist at Harbourline Capital in Lagos, said African producers wanted “a seat at the refinery, not just the mine.”`,
      () =>
        `African producers want “a seat at the refinery, not just the mine,” according to Oluwaseun Adebayo, chief economist at Lagos-based Harbourline Capital.`,
      () =>
        `“We want a seat at the refinery, not just the mine,” said Oluwaseun Adebayo of Harbourline Capital.`,
    ],
  },
  {
    key: 'ramaphosa',
    prominence: 0.45,
    order: 0.32,
    templates: [
      () =>
        `South African President Cyril Ramaphosa said his country would contribute platinum and manganese projects.`,
      () =>
        `Cyril Ramaphosa, South Africa’s president, offered platinum and manganese projects to the scheme.`,
      () =>
        `South Africa will bring platinum and manganese projects, President Cyril Ramaphosa said.`,
    ],
  },
  {
    key: 'albanese-absent',
    prominence: 0.35,
    order: 0.34,
    templates: [
      () =>
        `Australian Prime Minister Anthony Albanese sent his resources minister instead of attending.`,
      () =>
        `Anthony Albanese, Australia’s prime minister, stayed away and sent his resources minister.`,
      () => `Australia was represented by its resources minister rather than by Anthony Albanese.`,
    ],
  },
  {
    key: 'protest',
    prominence: 0.45,
    order: 0.7,
    templates: [
      (c) =>
        `Outside the venue, about ${c.count(300)} protesters called for stronger environmental rules.`,
      (c) =>
        `Some ${c.count(300)} demonstrators gathered outside, demanding tougher environmental safeguards.`,
      (c) => `Police said around ${c.count(300)} people protested outside the convention center.`,
    ],
  },
  {
    key: 'campaigner-quote',
    prominence: 0.4,
    order: 0.72,
    templates: [
      () =>
        `“Every battery has a mountain behind it,” said Aroha Ngata, a Māori environmental campaigner from New Zealand.`,
      () =>
        `Māori campaigner Aroha Ngata told the crowd that “every battery has a mountain behind it.”`,
      () => `“Every battery has a mountain behind it,” New Zealand activist Aroha Ngata said.`,
    ],
  },
  {
    key: 'chile-union',
    prominence: 0.35,
    order: 0.74,
    templates: [
      () =>
        `José Luis Castañeda, who leads a lithium miners’ union in northern Chile, said workers had not been consulted.`,
      () =>
        `Workers were not consulted, according to José Luis Castañeda, head of a Chilean lithium miners’ union.`,
      () =>
        `Chilean union leader José Luis Castañeda complained that miners had been left out of the talks.`,
    ],
  },
  {
    key: 'vietnam-rare-earths',
    prominence: 0.4,
    order: 0.42,
    templates: [
      () =>
        `Vietnam’s Deputy Minister of Industry Nguyễn Thị Lan said her country would open two rare earth separation plants by 2029.`,
      () =>
        `Vietnam plans two rare earth separation plants by 2029, Deputy Industry Minister Nguyễn Thị Lan said.`,
      () =>
        `Nguyen Thi Lan, Vietnam’s deputy industry minister, announced two rare earth separation facilities by 2029.`,
    ],
  },
  {
    key: 'congo-cobalt',
    prominence: 0.35,
    order: 0.44,
    templates: [
      () =>
        `Dr. Jean-Pierre Mukendi, an adviser to Congo’s mines ministry, said cobalt exporters wanted price floors.`,
      () =>
        `Cobalt exporters want price floors, said Jean-Pierre Mukendi, who advises the Democratic Republic of Congo’s mines ministry.`,
      () =>
        `Congo is pushing for cobalt price floors, according to Dr. Jean-Pierre Mukendi of the mines ministry in Kinshasa.`,
    ],
  },
  {
    key: 'korea-battery-exec',
    prominence: 0.3,
    order: 0.58,
    templates: [
      () =>
        `Park Ji-won, a vice-president at a Korean battery maker, said supply contracts would follow “within months, not years.”`,
      () =>
        `Supply contracts will follow “within months, not years,” said Park Ji-won, an executive at a South Korean battery company.`,
      () => `Battery executive Park Ji-won expects contracts “within months, not years.”`,
    ],
  },
  {
    key: 'security',
    prominence: 0.35,
    order: 0.8,
    templates: [
      (c) =>
        `About ${c.count(4500)} police officers were deployed around the venue, and several roads were closed.`,
      (c) =>
        `Authorities deployed some ${c.count(4500)} police officers and closed several roads around the venue.`,
      (c) =>
        `Lt. Gen. Razak Hamzah, who commanded the security operation, said ${c.count(4500)} officers were on duty.`,
    ],
  },
  {
    key: 'opening-time',
    prominence: 0.3,
    order: 0.05,
    templates: [
      (c) => `The opening session began at ${c.time(9, 30)} local time with a speech by the host.`,
      (c) =>
        `Proceedings opened at ${c.time(9, 30)} with a minute of silence for the victims of recent floods in the region.`,
      (c) =>
        `The first session started at ${c.time(9, 30)}, half an hour late, after security checks slowed arrivals.`,
    ],
  },
  {
    key: 'press-conference',
    prominence: 0.35,
    order: 0.85,
    templates: [
      (c) =>
        `Anwar and von der Leyen held a joint press conference at ${c.time(17, 0)} to present the agreement.`,
      (c) =>
        `At a joint news conference at ${c.time(17, 0)}, Anwar and von der Leyen took questions on the agreement.`,
      (c) =>
        `${c.mr('Anwar')} and the Commission president briefed reporters together at ${c.time(17, 0)}.`,
    ],
  },
  {
    key: 'sulawesi-refinery',
    prominence: 0.4,
    order: 0.5,
    templates: [
      () =>
        `On the sidelines, Takaichi and Prabowo agreed to study a joint nickel refinery on Sulawesi.`,
      () =>
        `Japan and Indonesia agreed on the sidelines to study a joint nickel refinery on the island of Sulawesi.`,
      () =>
        `Takaichi and Prabowo, meeting separately, agreed to look into a nickel refinery on Sulawesi.`,
    ],
  },
  {
    key: 'penang-chips',
    prominence: 0.3,
    order: 0.52,
    templates: [
      () =>
        `Lee and Anwar also discussed semiconductor investment in Penang, home to many of Malaysia’s chip plants.`,
      () =>
        `The South Korean and Malaysian leaders also talked about chip investment in Penang, Malaysia’s electronics hub.`,
      () => `Semiconductor investment in Penang was also on the agenda when Lee met Anwar.`,
    ],
  },
  {
    key: 'first-meeting',
    prominence: 0.35,
    order: 0.65,
    templates: [
      () => `The first such meeting, held in Nairobi in 2023, produced no binding commitments.`,
      () => `A similar gathering in Nairobi in 2023 ended without binding commitments.`,
      () => `When the group first met, in Nairobi in 2023, it agreed on nothing binding.`,
    ],
  },
  {
    key: 'lithium-demand',
    prominence: 0.4,
    order: 0.48,
    templates: [
      () => `Demand for lithium is expected to grow sixfold by 2040, according to the IEA.`,
      () => `The IEA expects lithium demand to rise six times over by 2040.`,
      () =>
        `Lithium demand could be six times its current level by 2040, the International Energy Agency says.`,
    ],
  },
  {
    key: 'communique-pages',
    prominence: 0.3,
    order: 0.2,
    templates: [
      (c) =>
        `The ${c.count(12)}-page communiqué was signed by all ${c.count(c.w.countries)} delegations.`,
      (c) =>
        `All ${c.count(c.w.countries)} delegations signed the ${c.count(12)}-page final statement.`,
      (c) =>
        `The final statement, ${c.count(12)} pages long, carries the signatures of all ${c.count(c.w.countries)} delegations.`,
    ],
  },
  {
    key: 'indonesia-ban',
    prominence: 0.4,
    order: 0.67,
    templates: [
      () =>
        `Indonesia banned exports of raw nickel ore in 2020 to force investment in domestic smelters.`,
      () =>
        `Since 2020, Indonesia has barred exports of unprocessed nickel ore to push investors into building smelters at home.`,
      () =>
        `Jakarta stopped raw nickel ore exports in 2020, a move that drew billions into local smelters.`,
    ],
  },
  {
    key: 'malaysia-ban',
    prominence: 0.3,
    order: 0.68,
    templates: [
      () =>
        `Malaysia said in 2023 that it would ban exports of raw rare earths to build up its own processing industry.`,
      () =>
        `In 2023, Malaysia announced a ban on exporting unprocessed rare earths, hoping to keep more of the value at home.`,
      () =>
        `Malaysia has moved since 2023 to stop shipments of raw rare earths abroad so that processing happens locally.`,
    ],
  },
  {
    key: 'us-observer',
    prominence: 0.4,
    order: 0.38,
    templates: [
      () => `The U.S. attended as an observer, represented by an assistant secretary of state.`,
      () => `Washington sent an assistant secretary of state, who took part as an observer.`,
      () =>
        `The United States, which is not a member, was represented by an assistant secretary of state.`,
    ],
  },
  {
    key: 'eu-negotiator',
    prominence: 0.35,
    order: 0.36,
    templates: [
      () =>
        `Ingrid Lindqvist, the EU’s chief negotiator, said the fund would favor projects with “traceable, audited supply chains.”`,
      () =>
        `Projects with “traceable, audited supply chains” will be favored, according to EU chief negotiator Ingrid Lindqvist.`,
      () =>
        `EU negotiator Ingrid Lindqvist said money would go first to projects with “traceable, audited supply chains.”`,
    ],
  },
  {
    key: 'recycling-target',
    prominence: 0.45,
    order: 0.26,
    templates: [
      (c) => `Members also set a target of recycling ${c.pct(20)} of battery metals by 2035.`,
      (c) =>
        `By 2035, ${c.pct(20)} of battery metals are to be recycled under a target set by members.`,
      (c) =>
        `The deal includes a goal of recycling ${c.pct(20)} of the metals in batteries by 2035.`,
    ],
  },
  {
    key: 'stockpile',
    prominence: 0.4,
    order: 0.27,
    templates: [
      (c) =>
        `The group will create a shared stockpile covering ${c.count(90)} days of supply to cushion members against export bans.`,
      (c) =>
        `A joint stockpile holding ${c.count(90)} days of supply will be set up to protect members from sudden export bans.`,
      (c) =>
        `Members will build a common reserve equal to ${c.count(90)} days of consumption in case of export restrictions.`,
    ],
  },
  {
    key: 'secretariat',
    prominence: 0.45,
    order: 0.29,
    slots: ['secretariatCity'],
    templates: [
      (c) =>
        `A permanent secretariat will be based in ${c.w.secretariatCity}, with a staff of about 40 people from member states.`,
      (c) =>
        `The group’s new secretariat is to be located in ${c.w.secretariatCity} and will open its doors next spring.`,
      (c) =>
        `${c.w.secretariatCity} will host a permanent secretariat for the group, which until now has had no fixed home.`,
    ],
  },
  {
    key: 'dubai-trader',
    prominence: 0.25,
    order: 0.61,
    templates: [
      () =>
        `Ekaterina Sokolova, a metals trader in Dubai, said the market had “priced in” the deal.`,
      () =>
        `The market had already “priced in” the agreement, according to Dubai-based metals trader Ekaterina Sokolova.`,
      () => `“It was priced in,” said Ekaterina Sokolova, who trades metals in Dubai.`,
    ],
  },
  {
    key: 'miner-shares',
    prominence: 0.3,
    order: 0.63,
    templates: [
      (c) =>
        `Shares in mining companies listed in Sydney rose ${c.pct(3.2)} on ${c.day()}, led by lithium and rare earth producers.`,
      (c) =>
        `Sydney-listed miners gained ${c.pct(3.2)} on ${c.day()} as investors bet on new processing contracts.`,
      (c) =>
        `Mining stocks in Sydney climbed ${c.pct(3.2)} on the day, with rare earth producers among the biggest gainers.`,
    ],
  },
  {
    key: 'rain-delay',
    prominence: 0.25,
    order: 0.07,
    templates: [
      (c) => `Heavy rain delayed the arrival of several delegations by about ${c.count(2)} hours.`,
      (c) => `Several delegations arrived around ${c.count(2)} hours late because of heavy rain.`,
      () => `Torrential rain held up several delegations on their way to the venue.`,
    ],
  },
  {
    key: 'polish-mep',
    prominence: 0.3,
    order: 0.76,
    templates: [
      () =>
        `Polish lawmaker Małgorzata Wiśniewska, a member of the European Parliament, said the fund must not “subsidize pollution abroad.”`,
      () =>
        `The fund must not “subsidize pollution abroad,” warned Małgorzata Wiśniewska, a Polish member of the European Parliament.`,
      () =>
        `European lawmaker Małgorzata Wiśniewska of Poland said EU money should not “subsidize pollution abroad.”`,
    ],
  },
  {
    key: 'turkey-observer',
    prominence: 0.25,
    order: 0.4,
    templates: [
      () =>
        `Turkey, represented by Deputy Trade Minister Ayşe Yıldız, joined as an observer and said it would apply for membership.`,
      () =>
        `Deputy Trade Minister Ayşe Yıldız said Turkey, an observer, would apply to join the group.`,
      () =>
        `Turkey will seek membership, said Ayşe Yıldız, its deputy trade minister, who attended as an observer.`,
    ],
  },
  {
    key: 'saudi-share',
    prominence: 0.4,
    order: 0.12,
    templates: [
      (c) =>
        `Saudi Arabia’s investment envoy, Faisal bin Saad Al-Otaibi, pledged ${c.usd(6)} of the total.`,
      (c) =>
        `Of the total, ${c.usd(6)} comes from Saudi Arabia, its investment envoy Faisal bin Saad Al-Otaibi said.`,
      (c) =>
        `Faisal bin Saad Al-Otaibi, Saudi Arabia’s envoy for investment, committed ${c.usd(6)}.`,
    ],
  },
  {
    key: 'japan-share',
    prominence: 0.4,
    order: 0.13,
    templates: [
      (c) =>
        `Japan will contribute ${c.usd(9)} through its state export credit agency, officials in Tokyo said.`,
      (c) =>
        `Tokyo is putting in ${c.usd(9)} via its export credit agency, according to Japanese officials.`,
      (c) => `Japan’s share, ${c.usd(9)}, will come through its state-run export credit agency.`,
    ],
  },
  {
    key: 'entry-into-force',
    prominence: 0.4,
    order: 0.88,
    templates: [
      (c) =>
        `The agreement takes effect on Jan. 1, 2026, once ${c.count(15)} members have ratified it.`,
      (c) => `It enters into force on January 1, 2026, provided ${c.count(15)} members ratify it.`,
      (c) => `Once ratified by ${c.count(15)} members, the deal will apply from 1 January 2026.`,
    ],
  },
  {
    key: 'not-against-china',
    prominence: 0.5,
    order: 0.49,
    templates: [
      () => `Anwar said the pact was “not against anyone,” adding that China was welcome to join.`,
      () =>
        `The pact is “not against anyone,” Anwar insisted, saying China was welcome to take part.`,
      (c) =>
        `${c.mr('Anwar')} said the agreement was “not against anyone” and that China could join.`,
    ],
  },
  {
    key: 'vdl-dependence',
    prominence: 0.45,
    order: 0.11,
    templates: [
      () => `“Dependence is a choice, and we are choosing differently,” von der Leyen said.`,
      () =>
        `Von der Leyen told the summit that “dependence is a choice, and we are choosing differently.”`,
      () => `“Dependence is a choice,” von der Leyen said, “and we are choosing differently.”`,
    ],
  },
  {
    key: 'prabowo-quote',
    prominence: 0.45,
    order: 0.19,
    templates: [
      () =>
        `Prabowo said Indonesia would “never again sell its soil by the tonne,” drawing applause from the hall.`,
      () =>
        `Indonesia will “never again sell its soil by the tonne,” Prabowo said to applause from delegates.`,
      () =>
        `The Indonesian leader vowed his country would “never again sell its soil by the tonne.”`,
    ],
  },
  {
    key: 'modi-deposits',
    prominence: 0.35,
    order: 0.31,
    templates: [
      () =>
        `Modi said India would offer rare earth deposits in Odisha and Kerala for joint projects.`,
      () =>
        `India will open rare earth deposits in Odisha and Kerala to joint projects, Modi said.`,
      () =>
        `Rare earth deposits in Odisha and Kerala will be offered for joint ventures, the Indian prime minister said.`,
    ],
  },
  {
    key: 'lula-amazon',
    prominence: 0.4,
    order: 0.91,
    templates: [
      () =>
        `Lula insisted that no project should come “at the cost of a single hectare of the Amazon.”`,
      () => `No project may come “at the cost of a single hectare of the Amazon,” Lula said.`,
      () =>
        `The Brazilian leader said nothing should be built “at the cost of a single hectare of the Amazon.”`,
    ],
  },
  {
    key: 'hotel-occupancy',
    prominence: 0.2,
    order: 0.82,
    slots: ['hostCity'],
    templates: [
      (c) =>
        `Hotels in ${c.w.hostCity} reported occupancy of ${c.pct(96)} during the summit, the highest this year.`,
      (c) =>
        `Hotel occupancy in ${c.w.hostCity} reached ${c.pct(96)} during the meeting, a record for the year.`,
      (c) =>
        `${c.w.hostCity}’s hotels were ${c.pct(96)} full for the summit, their busiest week of the year.`,
    ],
  },
  {
    key: 'summit-ends',
    prominence: 0.5,
    order: 0.95,
    templates: [
      (c) => `The summit ends on ${c.day(1)} with a visit to a rare earth plant in Pahang.`,
      (c) => `Delegates will tour a rare earth plant in Pahang on ${c.day(1)}, the final day.`,
      (c) =>
        `On ${c.day(1)}, the last day of the summit, leaders are due to visit a rare earth processing plant in Pahang.`,
    ],
  },
  {
    key: 'rating-unaffected',
    prominence: 0.2,
    order: 0.93,
    templates: [
      () => `Credit analysts said the pledges were unlikely to affect Malaysia’s sovereign rating.`,
      () => `The commitments are unlikely to move Malaysia’s credit rating, analysts said.`,
      () => `Rating agency analysts saw no effect on Malaysia’s sovereign rating.`,
    ],
  },
];

/** Number of distinct facts in the story (the size of the pool articles draw from). */
export const STORY_FACT_COUNT = FACTS.length;

// Fictional outlets; some are wire services whose copy others run.
const OUTLETS = [
  'Meridian Wire',
  'Harbour Times',
  'The Daily Lantern',
  'Southern Cross Herald',
  'Straits Ledger',
  'Pacific Courier',
  'Continental Post',
  'Equator News',
  'The Morning Compass',
  'Lagos Tribune Online',
  'Nordic Business Daily',
  'Andes Report',
  'Sahel Observer',
  'Monsoon Press',
  'Baltic Evening News',
  'Atlas Financial',
  'The Kowloon Dispatch',
  'Riverbend Gazette',
  'Global Markets Brief',
  'Capital Insider',
] as const;

const REPORTERS = [
  'Amara Nwosu',
  'Kenji Watanabe',
  'Lina Hartono',
  'Siobhán O’Connell',
  'Mateus Oliveira',
  'Fatima Zahra El Idrissi',
  'Dmitri Volkov',
  'Hye-jin Choi',
  'Arjun Raghunathan',
  'Chloé Lefèvre',
  'Tomasz Kowalczyk',
  'Nomvula Dlamini',
  'Ahmed Al-Sayegh',
  'Tran Minh Duc',
  'Ingrid Haugen',
  'Rafael Domínguez',
  'Zainab Yusuf',
  'Wei Zhang',
];

const HEADLINES: readonly Template[] = [
  (c) =>
    `${c.count(c.w.countries)} nations pledge ${c.usd(c.w.pledgeBillions)} to secure critical minerals`,
  (c) => `Critical minerals summit opens in ${c.w.hostCity}`,
  (c) => `Leaders meet in ${c.w.hostCity} to secure battery metals`,
  (c) => `Anwar hosts minerals summit as EU unveils ${c.eur(c.w.fundBillions)} fund`,
  () => `Minerals pact: what was agreed, and what was not`,
];

const HEADINGS = [
  'What was agreed',
  'The money',
  'Reaction',
  'Background',
  'What comes next',
  'Markets',
  'On the sidelines',
  'Protests',
];

const BULLETS: readonly Template[] = [
  (c) => `- ${c.usd(c.w.pledgeBillions)} pledged for processing plants`,
  (c) => `- EU fund of ${c.eur(c.w.fundBillions)}`,
  (c) => `- Tariffs cut to ${c.pct(c.w.tariffTo)} by 2027`,
  (c) => `- Next summit: ${c.w.nextCity}, 2026`,
  (c) => `- Secretariat in ${c.w.secretariatCity}`,
  () => `- China absent`,
];

// Lines from other stories that end up in scraped pages: teasers, market briefs, boilerplate.
const RELATED_HEADLINES = [
  'Nickel glut pushes Indonesian smelters to cut output',
  'Explainer: what are rare earths, and who mines them?',
  'EU raw materials act: a year on, few projects are running',
  'Lithium prices hit a four-year low as new mines open in Argentina',
  'Inside Penang’s chip boom',
  'Congo’s cobalt export quota, explained',
  'Japan and Australia sign gallium supply pact',
  'Opinion: A minerals club without China is a club without a plan',
];

const BUREAUS = ['Singapore', 'Hong Kong', 'Jakarta', 'Tokyo', 'Brussels', 'Johannesburg', 'Seoul'];

const STRAY_LINES = [
  'Read more: Floods displace 3,400 residents in Chennai as monsoon rains persist',
  'Advertisement',
  'Markets: The Nikkei 225 closed 0.8% higher; the Hang Seng slipped 0.3%.',
  'Also read: Ghana beat Côte d’Ivoire 2–1 in a World Cup qualifier in Accra.',
  'Sign up for our morning briefing.',
  'Most read: Lisbon tram fares to rise 5% in January',
  'Watch: Volunteers rebuild a school in Cebu after the typhoon (2:14)',
  'Weather: Thunderstorms expected across the Klang Valley after 3 p.m.',
  'Related: Chile’s copper output falls for a third month',
  'Share this article',
  'Opinion: Why the Bank of Korea may cut rates in December',
  'Sponsored: Five ways to save on international transfers',
];

/** Checks the options; throws `INVALID_OPTION` naming the field to fix. */
function readOptions(options: unknown): {
  articles: number;
  seed: number;
  range: readonly [number, number];
} {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options must be an object like { articles: 100, seed: 1 }, but it is ${describeType(options)}.`,
      { field: 'options', expected: 'object', received: describeType(options) },
    );
  }
  const {
    articles,
    seed,
    sentencesPerArticle = DEFAULT_SENTENCES_PER_ARTICLE,
  } = options as CorpusOptions;
  if (!Number.isInteger(articles) || articles < 1 || articles > MAX_GENERATED_ARTICLES) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.articles must be an integer from 1 to ${MAX_GENERATED_ARTICLES}, but it is ${describeType(articles)}.`,
      { field: 'articles' },
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.seed must be an integer from 0 to 4294967295, but it is ${describeType(seed)}.`,
      { field: 'seed' },
    );
  }
  const [min, max] = Array.isArray(sentencesPerArticle) ? sentencesPerArticle : [];
  if (
    !Array.isArray(sentencesPerArticle) ||
    sentencesPerArticle.length !== 2 ||
    !Number.isInteger(min) ||
    !Number.isInteger(max) ||
    min! < 1 ||
    min! > max! ||
    max! > STORY_FACT_COUNT
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.sentencesPerArticle must be [min, max] with integers 1 ≤ min ≤ max ≤ ${STORY_FACT_COUNT}, but it is ${describeType(sentencesPerArticle)}.`,
      { field: 'sentencesPerArticle' },
    );
  }
  return { articles: articles as number, seed, range: [min!, max!] };
}

/** One line of sentences in an article, remembered so wire copies can edit it. */
interface Block {
  /** Bylines are rewritten when another outlet runs the copy. */
  byline?: boolean;
  sentences: { fact: string | undefined; text: string }[];
}

interface Draft {
  article: ArticleInput;
  blocks: Block[];
  style: HouseStyle;
  copyOf: string | undefined;
  wrongFact: WrongFact | undefined;
}

/**
 * Generates `articles` news articles about one invented story, deterministically from `seed`.
 * Article `i` does not depend on how many articles are requested.
 *
 * @example
 * ```ts
 * const articles = generateCorpus({ articles: 100, seed: 1 });
 * ```
 */
export function generateCorpus(options: CorpusOptions): ArticleInput[] {
  return generateLabelledCorpus(options).articles;
}

/** {@link generateCorpus} with ground truth: which article copies which, wrong facts, fact spans. */
export function generateLabelledCorpus(options: CorpusOptions): LabelledCorpus {
  const { articles: total, seed, range } = readOptions(options);
  const width = Math.max(4, String(total).length);
  const drafts: Draft[] = [];
  const originals: number[] = [];
  for (let index = 0; index < total; index++) {
    const random = new Random(articleSeed(seed, index));
    const id = `article-${String(index + 1).padStart(width, '0')}`;
    const copy = originals.length > 0 && random.chance(COPY_RATE);
    const draft = copy
      ? copyArticle(drafts[originals[random.int(0, originals.length - 1)]!]!, id, random)
      : writeArticle(id, index, random, range);
    if (!copy) originals.push(index);
    drafts.push(draft);
  }
  return {
    articles: drafts.map((draft) => draft.article),
    labels: drafts.map((draft) => ({
      id: draft.article.id,
      copyOf: draft.copyOf,
      wrongFact: draft.wrongFact,
      facts: factSpans(draft.blocks, draft.style),
    })),
  };
}

function pickStyle(random: Random): HouseStyle {
  return {
    dollars: random.int(0, 4),
    euros: random.int(0, 3),
    percent: random.int(0, 2),
    date: random.int(0, 4),
    british: random.chance(0.4),
    plainThousands: random.chance(0.15),
    straightQuotes: random.chance(0.2),
    blankLines: random.chance(0.5),
  };
}

function pickWrongFact(random: Random): { world: StoryWorld; wrongFact: WrongFact } {
  const slots = Object.keys(WRONG_VALUES).sort() as WorldSlot[];
  const slot = random.pick(slots);
  const stated = random.pick(WRONG_VALUES[slot]);
  const world = { ...TRUE_WORLD, [slot]: stated } as StoryWorld;
  return { world, wrongFact: { slot, truth: String(TRUE_WORLD[slot]), stated: String(stated) } };
}

// Weighted sampling without replacement (Efraimidis–Spirakis): prominent facts appear in most
// articles, minor ones in a few, so any two articles share the lead and differ in the details.
// A wrong-fact article always states the detail it gets wrong (else its label would be vacuous).
function chooseFacts(random: Random, count: number, wrongSlot: WorldSlot | undefined): Fact[] {
  const chosen = FACTS.map((fact) => ({ fact, key: random.float() ** (1 / fact.prominence) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count);
  if (wrongSlot !== undefined && !chosen.some(({ fact }) => fact.slots?.includes(wrongSlot))) {
    const carrier = FACTS.find((fact) => fact.slots?.includes(wrongSlot))!;
    chosen[chosen.length - 1] = { fact: carrier, key: 0 };
  }
  return chosen
    .map(({ fact }) => ({ fact, position: fact.order + (random.float() - 0.5) * ORDER_JITTER }))
    .sort((a, b) => a.position - b.position)
    .map(({ fact }) => fact);
}

function writeArticle(
  id: string,
  index: number,
  random: Random,
  range: readonly [number, number],
): Draft {
  const style = pickStyle(random);
  const wrong = random.chance(WRONG_FACT_RATE) ? pickWrongFact(random) : undefined;
  const render = makeRender(wrong?.world ?? TRUE_WORLD, style);
  const outlet = random.pick(OUTLETS);
  const facts = chooseFacts(random, random.int(range[0], range[1]), wrong?.wrongFact.slot);

  const paragraphs: Block[] = [];
  for (let i = 0; i < facts.length; ) {
    const size = Math.min(random.int(1, 3), facts.length - i);
    paragraphs.push({
      sentences: facts.slice(i, i + size).map((fact) => ({
        fact: fact.key,
        text: random.pick(fact.templates)(render),
      })),
    });
    i += size;
  }
  const first = paragraphs[0]!.sentences[0]!;
  if (random.chance(0.35)) {
    first.text = `${render.w.hostCity.toUpperCase()}, ${render.day()} (${outlet}) — ${first.text}`;
  }

  const blocks: Block[] = [];
  const title = random.pick(HEADLINES)(render);
  if (random.chance(0.6)) blocks.push(noise(title));
  if (random.chance(0.8)) blocks.push({ ...noise(byline(random)), byline: true });
  if (random.chance(0.4)) {
    blocks.push(noise(`Updated ${render.day()}, ${render.time(random.int(6, 22), 15)}`));
  }
  if (random.chance(0.4)) {
    blocks.push(
      noise(
        `Malaysian Prime Minister Anwar Ibrahim greets delegates at the opening of the critical minerals summit in ${render.w.hostCity}. (Photo: ${random.pick(REPORTERS)}/${outlet})`,
      ),
    );
  }
  const headings = random.chance(0.35) ? [...HEADINGS] : [];
  const bulletsAfter = random.chance(0.25) ? 1 : -1;
  const strayLines = random.int(0, 2);
  const strayAt = new Set<number>();
  for (let s = 0; s < strayLines; s++) strayAt.add(random.int(1, paragraphs.length - 1));
  paragraphs.forEach((paragraph, p) => {
    if (p === bulletsAfter) {
      blocks.push(noise('Key points'));
      for (const bullet of BULLETS) if (random.chance(0.6)) blocks.push(noise(bullet(render)));
    }
    if (strayAt.has(p)) blocks.push(noise(random.pick(STRAY_LINES)));
    if (headings.length > 0 && p > 0 && p % 4 === 0) {
      blocks.push(noise(headings.splice(random.int(0, headings.length - 1), 1)[0]!));
    }
    blocks.push(paragraph);
  });
  if (random.chance(0.4)) {
    blocks.push(noise('Related coverage'));
    const related = [...RELATED_HEADLINES];
    for (let r = random.int(2, 4); r > 0; r--) {
      blocks.push(noise(`- ${related.splice(random.int(0, related.length - 1), 1)[0]!}`));
    }
  }
  if (random.chance(0.4)) {
    blocks.push(
      noise(
        `${random.pick(REPORTERS)} has covered trade and commodities since ${random.int(2008, 2020)} and is based in ${random.pick(BUREAUS)}. Send tips to the ${outlet} newsdesk.`,
      ),
    );
  }
  if (random.chance(0.6)) {
    blocks.push(
      noise(
        random.chance(0.5)
          ? `(Reporting by ${random.pick(REPORTERS)}; editing by ${random.pick(REPORTERS)})`
          : `© 2025 ${outlet}. All rights reserved.`,
      ),
    );
  }
  return {
    article: {
      id,
      text: assemble(blocks, style),
      source: outlet,
      title: finishText(title, style),
      url: `https://${slug(outlet)}.example/2025/11/${slug(title)}-${index + 1}`,
      publishedAt: `2025-11-${random.chance(0.7) ? 12 : 13}`,
    },
    blocks,
    style,
    copyOf: undefined,
    wrongFact: wrong?.wrongFact,
  };
}

function noise(text: string): Block {
  return { sentences: [{ fact: undefined, text }] };
}

function byline(random: Random): string {
  const first = random.pick(REPORTERS);
  const second = random.pick(REPORTERS);
  if (random.chance(0.3) && second !== first) return `By ${first} and ${second}`;
  return random.chance(0.5) ? `By ${first}` : `${first}, Southeast Asia correspondent`;
}

// Word swaps an editor makes to wire copy: same meaning, different surface.
const WIRE_EDITS: readonly (readonly [string, string])[] = [
  ['said', 'stated'],
  ['about', 'around'],
  ['more than', 'over'],
  ['summit', 'meeting'],
  ['announced', 'unveiled'],
  ['leaders', 'heads of government'],
];

// Syndicated copy: another outlet runs an earlier article nearly verbatim (new byline and
// footer, a dropped paragraph, a word or two changed), errors included.
function copyArticle(source: Draft, id: string, random: Random): Draft {
  const outlet = random.pick(OUTLETS);
  const blocks = source.blocks.map((block) =>
    block.byline
      ? { ...noise(random.chance(0.5) ? `By ${outlet} staff` : byline(random)), byline: true }
      : { sentences: block.sentences.map((sentence) => ({ ...sentence })) },
  );
  const factBlocks = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.sentences[0]!.fact !== undefined);
  if (factBlocks.length > 3 && random.chance(0.5)) {
    const dropped = factBlocks[random.int(2, factBlocks.length - 1)]!;
    // Keep the wrong detail: a copy of a wrong article repeats the error.
    if (!statesSlot(dropped.block, source.wrongFact?.slot)) blocks.splice(dropped.index, 1);
  }
  const edits = random.int(1, 3);
  for (let e = 0; e < edits; e++) {
    const [from, to] = random.pick(WIRE_EDITS);
    const block = random.pick(blocks);
    const sentence = random.pick(block.sentences);
    if (sentence.fact !== undefined) sentence.text = replaceWord(sentence.text, from, to);
  }
  blocks.push(noise(`This story was first published by ${source.article.source}.`));
  return {
    article: {
      ...source.article,
      id,
      text: assemble(blocks, source.style),
      source: outlet,
      url: `https://${slug(outlet)}.example/wire/${id}`,
      publishedAt: random.chance(0.5) ? source.article.publishedAt : '2025-11-13',
    },
    blocks,
    style: source.style,
    copyOf: source.article.id,
    wrongFact: source.wrongFact,
  };
}

const FACTS_BY_KEY: ReadonlyMap<string, Fact> = new Map(FACTS.map((fact) => [fact.key, fact]));

function statesSlot(block: Block, slot: WorldSlot | undefined): boolean {
  if (slot === undefined) return false;
  return block.sentences.some(
    (sentence) =>
      sentence.fact !== undefined &&
      FACTS_BY_KEY.get(sentence.fact)?.slots?.includes(slot) === true,
  );
}

/** Replaces the first whole-word occurrence of `from` (case-sensitive), or returns `text` as is. */
function replaceWord(text: string, from: string, to: string): string {
  let at = text.indexOf(from);
  while (at !== -1) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + from.length] ?? ' ';
    if (!isWordChar(before) && !isWordChar(after)) {
      return text.slice(0, at) + to + text.slice(at + from.length);
    }
    at = text.indexOf(from, at + 1);
  }
  return text;
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

// US → British spellings used by the templates; alternation of literals, linear-time.
const BRITISH: ReadonlyMap<string, string> = new Map([
  ['organizers', 'organisers'],
  ['Organizers', 'Organisers'],
  ['center', 'centre'],
  ['favor', 'favour'],
  ['favored', 'favoured'],
  ['politicized', 'politicised'],
  ['subsidize', 'subsidise'],
]);
const BRITISH_PATTERN = /\b(?:organizers|Organizers|center|favor|favored|politicized|subsidize)\b/g;

function finishText(text: string, style: HouseStyle): string {
  let result = style.british
    ? text.replace(BRITISH_PATTERN, (word) => BRITISH.get(word) ?? word)
    : text;
  if (style.straightQuotes) result = result.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  return result;
}

function assemble(blocks: readonly Block[], style: HouseStyle): string {
  return blocks
    .map((block) => block.sentences.map((sentence) => finishText(sentence.text, style)).join(' '))
    .join(style.blankLines ? '\n\n' : '\n');
}

// Offsets of the story sentences in the assembled text (finishText never changes lengths of
// anything but the words it swaps, so offsets are computed on the finished strings).
function factSpans(blocks: readonly Block[], style: HouseStyle): FactSpan[] {
  const separator = style.blankLines ? 2 : 1;
  const spans: FactSpan[] = [];
  let offset = 0;
  blocks.forEach((block, b) => {
    if (b > 0) offset += separator;
    block.sentences.forEach((sentence, s) => {
      if (s > 0) offset += 1;
      const length = finishText(sentence.text, style).length;
      if (sentence.fact !== undefined) {
        spans.push({ fact: sentence.fact, start: offset, end: offset + length });
      }
      offset += length;
    });
  });
  return spans;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
