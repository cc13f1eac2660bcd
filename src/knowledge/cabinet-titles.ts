// How news names the cabinet posts imported from open data: the department of a formal label
// ("Minister of Foreign Affairs", "Secretary of State for the Home Department") and the short
// titles news writes for it ("foreign minister", "Home Secretary", "Treasurer"), country by
// country where the usage differs. The import script classifies labels with it; the bundled
// data stores only the department, and the titles are built from this table when it loads.

/** A post the importer knows how to name. */
export type CabinetPost =
  | 'president'
  | 'prime_minister'
  | 'vice_president'
  | 'deputy_prime_minister'
  | 'foreign_minister'
  | 'finance_minister'
  | 'treasurer'
  | 'defence_minister'
  | 'interior_minister'
  | 'justice_minister'
  | 'health_minister'
  | 'education_minister'
  | 'agriculture_minister'
  | 'environment_minister'
  | 'labour_minister'
  | 'trade_minister'
  | 'economy_minister'
  | 'energy_minister'
  | 'transport_minister'
  | 'culture_minister';

/** One post: how formal labels name it and how news titles it. */
export interface CabinetPostSpec {
  post: CabinetPost;
  /** English label, "<title> of <jurisdiction>" reads it: "Foreign Minister". */
  label: string;
  /** Matches the department part of a lower-case formal label. */
  department: RegExp;
  /** Titles news uses with a jurisdiction word, any country. */
  titles: readonly string[];
  /** Extra titles in countries whose usage differs, by ISO 3166-1 alpha-2 code (lower case). */
  titlesIn?: Readonly<Record<string, readonly string[]>>;
  /** Titles unambiguous without a jurisdiction word, by country. */
  standaloneIn?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Every post, in the order labels are tried: the first whose `department` matches wins, so
 * "Minister of Economy and Finance" is a finance post and "Minister of Foreign Affairs and
 * Trade" a foreign one.
 */
export const CABINET_POSTS: readonly CabinetPostSpec[] = [
  {
    post: 'deputy_prime_minister',
    label: 'Deputy Prime Minister',
    department: /^(?:first )?deputy prime minister$|^vice[- ]premier$|^first secretary of state$/,
    titles: ['deputy prime minister', 'deputy pm'],
    titlesIn: { cn: ['vice premier'], gb: ['first secretary of state'] },
  },
  {
    post: 'vice_president',
    label: 'Vice President',
    department: /^(?:first )?vice[- ]president$/,
    titles: ['vice president', 'vice-president'],
  },
  {
    post: 'prime_minister',
    label: 'Prime Minister',
    department: /^prime minister$/,
    titles: ['prime minister', 'premier', 'pm'],
  },
  { post: 'president', label: 'President', department: /^president$/, titles: ['president'] },
  {
    post: 'foreign_minister',
    label: 'Foreign Minister',
    department: /foreign(?! trade| economic)|external affairs|^secretary of state$/,
    titles: [
      'foreign minister',
      'foreign affairs minister',
      'minister of foreign affairs',
      'minister for foreign affairs',
      'minister of external affairs',
      'external affairs minister',
      'top diplomat',
    ],
    titlesIn: {
      gb: ['foreign secretary', 'secretary of state for foreign affairs'],
      us: ['secretary of state'],
    },
  },
  {
    post: 'treasurer',
    label: 'Treasurer',
    department: /^treasurer$/,
    titles: ['treasurer'],
  },
  {
    post: 'finance_minister',
    label: 'Finance Minister',
    department: /financ|treasury|exchequer/,
    titles: ['finance minister', 'minister of finance', 'minister for finance'],
    titlesIn: {
      gb: ['chancellor of the exchequer', 'chancellor'],
      us: ['treasury secretary', 'secretary of the treasury'],
    },
    standaloneIn: { gb: ['chancellor of the exchequer'] },
  },
  {
    post: 'defence_minister',
    label: 'Defence Minister',
    department: /defen[cs]e|armed forces/,
    titles: [
      'defence minister',
      'defense minister',
      'minister of defence',
      'minister of defense',
      'minister for defence',
      'minister of national defence',
      'minister of national defense',
    ],
    titlesIn: {
      gb: ['defence secretary', 'secretary of state for defence'],
      us: ['defense secretary', 'secretary of defense', 'pentagon chief'],
    },
    standaloneIn: { us: ['pentagon chief'] },
  },
  {
    post: 'interior_minister',
    label: 'Interior Minister',
    department: /interior|internal affairs|home affairs|home department/,
    titles: [
      'interior minister',
      'minister of the interior',
      'minister of interior',
      'minister of internal affairs',
      'internal affairs minister',
      'home minister',
      'home affairs minister',
      'minister of home affairs',
      'minister for home affairs',
    ],
    titlesIn: {
      gb: ['home secretary'],
      us: ['interior secretary', 'secretary of the interior'],
    },
    standaloneIn: { gb: ['home secretary'] },
  },
  {
    post: 'justice_minister',
    label: 'Justice Minister',
    department: /justice|^attorney general$/,
    titles: ['justice minister', 'minister of justice', 'minister for justice'],
    titlesIn: { gb: ['justice secretary', 'lord chancellor'], us: ['attorney general'] },
  },
  {
    post: 'health_minister',
    label: 'Health Minister',
    department: /health/,
    titles: ['health minister', 'minister of health', 'minister for health'],
    titlesIn: { gb: ['health secretary'], us: ['health secretary'] },
  },
  {
    post: 'education_minister',
    label: 'Education Minister',
    department: /^(?:minister|secretary)(?: of state)? (?:of|for) (?:public |national )?education/,
    titles: ['education minister', 'minister of education', 'minister for education'],
    titlesIn: { gb: ['education secretary'], us: ['education secretary'] },
  },
  {
    post: 'agriculture_minister',
    label: 'Agriculture Minister',
    department: /agricultur/,
    titles: ['agriculture minister', 'minister of agriculture', 'farm minister'],
    titlesIn: { us: ['agriculture secretary'] },
  },
  {
    post: 'environment_minister',
    label: 'Environment Minister',
    department: /environment/,
    titles: [
      'environment minister',
      'minister of the environment',
      'minister of environment',
      'minister for the environment',
    ],
    titlesIn: { gb: ['environment secretary'] },
  },
  {
    post: 'labour_minister',
    label: 'Labour Minister',
    department: /labou?r|employment|work and pensions/,
    titles: [
      'labour minister',
      'labor minister',
      'minister of labour',
      'minister of labor',
      'employment minister',
    ],
    titlesIn: { gb: ['work and pensions secretary'], us: ['labor secretary'] },
  },
  {
    post: 'trade_minister',
    label: 'Trade Minister',
    department: /trade|commerce|industry|business/,
    titles: ['trade minister', 'minister of trade', 'commerce minister', 'industry minister'],
    titlesIn: {
      gb: ['business secretary', 'trade secretary'],
      us: ['commerce secretary', 'secretary of commerce'],
    },
  },
  {
    post: 'economy_minister',
    label: 'Economy Minister',
    department: /econom(?!ic co-?operation)/,
    titles: [
      'economy minister',
      'economics minister',
      'economic affairs minister',
      'minister of economy',
      'minister of the economy',
    ],
  },
  {
    post: 'energy_minister',
    label: 'Energy Minister',
    department: /energy|petroleum|\boil\b/,
    titles: ['energy minister', 'minister of energy', 'oil minister'],
    titlesIn: { gb: ['energy secretary'], us: ['energy secretary'] },
  },
  {
    post: 'transport_minister',
    label: 'Transport Minister',
    department: /transport/,
    titles: ['transport minister', 'minister of transport', 'transportation minister'],
    titlesIn: { gb: ['transport secretary'], us: ['transportation secretary'] },
  },
  {
    post: 'culture_minister',
    label: 'Culture Minister',
    department: /cultur/,
    titles: ['culture minister', 'minister of culture'],
    titlesIn: { gb: ['culture secretary'] },
  },
];

const BY_POST: ReadonlyMap<CabinetPost, CabinetPostSpec> = new Map(
  CABINET_POSTS.map((spec) => [spec.post, spec]),
);

/** The spec of a post, or undefined for an unknown one. */
export function cabinetPost(post: string): CabinetPostSpec | undefined {
  return BY_POST.get(post as CabinetPost);
}

/**
 * Labels of junior or non-departmental posts that mention a department yet head none:
 * "Minister of State for Health", "Deputy Minister of Finance", "Shadow Home Secretary".
 */
const JUNIOR_LABEL =
  /\b(?:deputy|vice|assistant|under|junior|shadow|parliamentary|associate|minister of state|state secretary|permanent|principal|chief|without portfolio|spokes|committee|commission|ambassador|representative|director|advis|chair|head|governor|council)\b|^secretary of state for .*(?:wales|scotland|northern ireland)/;

/**
 * Countries whose department heads are styled "Secretary": elsewhere a "Foreign Secretary" is
 * a civil servant (India) or a junior post ("Secretary of State" in Portugal or France).
 */
const SECRETARY_COUNTRIES: ReadonlySet<string> = new Set(['us', 'gb', 'ph']);

/** Whether a lower-case label names a minister (or secretary) heading a department. */
function isMinisterLabel(label: string, country: string): boolean {
  return (
    /^(?:federal |union |cabinet )?minister\b/.test(label) ||
    (SECRETARY_COUNTRIES.has(country) && /^secretary\b/.test(label)) ||
    /^chancellor of the exchequer$|^treasurer$|^attorney general$|^first secretary of state$/.test(
      label,
    )
  );
}

/**
 * The post a formal label names, or null when it names none the importer takes (junior posts,
 * ambassadors, officials, sub-national titles such as "Chief Minister of Goa"). `country` is
 * the ISO 3166-1 alpha-2 code, lower case: "Attorney General" is a cabinet post in the US only,
 * and "Secretary of State" alone the US foreign minister.
 */
export function classifyPostLabel(label: string, country: string): CabinetPost | null {
  const lower = label.toLowerCase().replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();
  for (const spec of CABINET_POSTS.slice(0, 4)) {
    if (spec.department.test(lower)) return spec.post;
  }
  if (!isMinisterLabel(lower, country) || JUNIOR_LABEL.test(lower)) return null;
  if ((lower === 'attorney general' || lower === 'secretary of state') && country !== 'us') {
    return null;
  }
  for (const spec of CABINET_POSTS.slice(4)) {
    if (spec.department.test(lower)) return spec.post;
  }
  return null;
}

/** The titles and standalone titles news uses for `post` in `country` (ISO2, lower case). */
export function cabinetTitles(
  post: CabinetPost,
  country: string,
): { titles: string[]; standaloneTitles: string[] } {
  const spec = BY_POST.get(post);
  if (spec === undefined) return { titles: [], standaloneTitles: [] };
  return {
    titles: [...new Set([...spec.titles, ...(spec.titlesIn?.[country] ?? [])])],
    standaloneTitles: [...(spec.standaloneIn?.[country] ?? [])],
  };
}

/**
 * Words that join or frame a title's parts rather than title anyone ("minister of the
 * interior", "de facto leader"): never added to the title-word list, since "de" and "in" also
 * stand inside names ("Charles de Gaulle").
 */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'to',
  'de',
  'facto',
  // "Yang di-Pertuan Agong": both also stand in names ("Yang Jiechi", "Luigi Di Maio").
  'yang',
  'di',
]);

/**
 * Every word of every title in {@link CABINET_POSTS}, split into head words (the noun that
 * titles a person: "minister", "secretary", "treasurer") and qualifiers (the words around it:
 * "foreign", "affairs", "exchequer"), for the people extractor's title list.
 */
export function cabinetTitleWords(): { heads: Set<string>; qualifiers: Set<string> } {
  const heads = new Set<string>();
  const qualifiers = new Set<string>();
  for (const spec of CABINET_POSTS) {
    const phrases = [
      ...spec.titles,
      ...Object.values(spec.titlesIn ?? {}).flat(),
      ...Object.values(spec.standaloneIn ?? {}).flat(),
    ];
    for (const phrase of phrases) splitTitleWords(phrase, heads, qualifiers);
  }
  return { heads, qualifiers };
}

/**
 * Adds a title's words to `heads` (the word before the first "of" or "for", else the last
 * word: "minister" in "minister of finance", "secretary" in "work and pensions secretary") and
 * `qualifiers` (every other word that is not a {@link TITLE_CONNECTORS connector}).
 */
export function splitTitleWords(phrase: string, heads: Set<string>, qualifiers: Set<string>): void {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '');
  const connector = words.findIndex((word) => word === 'of' || word === 'for');
  const head = connector > 0 ? connector - 1 : words.length - 1;
  words.forEach((word, index) => {
    if (TITLE_CONNECTORS.has(word)) return;
    if (index === head) heads.add(word);
    else qualifiers.add(word);
  });
}
