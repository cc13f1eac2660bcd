// Turns extracted items into comparable claims: (article, object, value) with evidence.
import type { ClaimKind, Evidence } from '../analysis.js';
import { placeContains } from '../extract/place-containment.js';

/** One thing an article states about an object that other articles may state too. */
export interface Claim {
  articleId: string;
  kind: ClaimKind;
  /** Machine key of what the claim is about: `role:de_chancellor`, `event-place:xi jinping`. */
  object: string;
  /** Plain-English name of the object: "Holder of Chancellor of Germany". */
  label: string;
  /** The claimed value, canonical: a person's name, a place, an ISO date, a number. */
  value: string | number;
  /** The value as the article writes it. */
  display: string;
  evidence: Evidence;
  /** Role-holder claims: the office, as typed data (no need to parse `object` or `label`). */
  role?: {
    /** The office's id in the knowledge base: `de_chancellor`. */
    id: string;
    /** The office's name: "Chancellor of Germany". */
    label: string;
  };
}

/** Whether two values of one object say the same thing; places nest (a city agrees with its country). */
export type ValueAgreement = (a: string | number, b: string | number) => boolean;

/** Separator between a city and its country in place values: "Busan › South Korea". */
export const PLACE_SEPARATOR = ' › ';

/** The canonical value of a place: "Busan › South Korea" for a city, "South Korea" for a country. */
export function placeValue(name: string, country: string | undefined): string {
  return country && country !== name ? `${name}${PLACE_SEPARATOR}${country}` : name;
}

// "in Busan" and "in South Korea" describe one location at two levels of detail: a place
// agrees with itself, with its own country, and with a place that contains it or that it
// contains ("Palermo" and "Sicily", "Indonesia" and "Indian Ocean"; see placeContains) —
// and with nothing else.
export function placesAgree(a: string | number, b: string | number): boolean {
  if (a === b) return true;
  const [cityA, countryA = cityA] = String(a).split(PLACE_SEPARATOR);
  const [cityB, countryB = cityB] = String(b).split(PLACE_SEPARATOR);
  const aIsCountry = !String(a).includes(PLACE_SEPARATOR);
  const bIsCountry = !String(b).includes(PLACE_SEPARATOR);
  if (aIsCountry && !bIsCountry && cityA === countryB) return true;
  if (bIsCountry && !aIsCountry && cityB === countryA) return true;
  return placeContains(cityA!, cityB!) || placeContains(cityB!, cityA!);
}

/** The human-readable form of a place value: "Busan, South Korea". */
export function displayPlace(value: string | number): string {
  return String(value).split(PLACE_SEPARATOR).join(', ');
}

// Figures agree within rounding: "$550 billion" vs "$549.8 billion", "about 50%" vs "48%" are
// the same claim in news copy; a 5 % relative gap is where rounding to two significant
// digits ends.
export const FIGURE_TOLERANCE = 0.05;

/** Whether two figures agree within {@link FIGURE_TOLERANCE} relative difference. */
export function figuresAgree(a: string | number, b: string | number): boolean {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return a === b;
  if (x === y) return true;
  return Math.abs(x - y) <= FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
}

// "June 13" and "Thursday, June 13, 2024" agree: when either side lacks the year ("--06-13"),
// compare month and day only.
export function datesAgree(a: string | number, b: string | number): boolean {
  const x = String(a);
  const y = String(b);
  if (x === y) return true;
  if (x.startsWith('--') || y.startsWith('--')) return x.slice(-5) === y.slice(-5);
  return false;
}

/** Strict equality, for categorical values (people, ISO dates, yes/no). */
export function valuesEqual(a: string | number, b: string | number): boolean {
  return a === b;
}

/** The agreement rule for a kind of claim. */
export function agreementFor(kind: ClaimKind): ValueAgreement {
  switch (kind) {
    case 'event-place':
      return placesAgree;
    case 'event-date':
      return datesAgree;
    case 'quantity':
      return figuresAgree;
    default:
      return valuesEqual;
  }
}

/** What the claim builders read from one article. */
export interface ArticleClaimsInput {
  articleId: string;
  text: string;
  /**
   * The article's sentences; `concepts`, when the prepare stage computed them (see
   * `factConcepts`), give the organisations a sentence names without tokenizing it again.
   */
  sentences: readonly { text: string; start: number; end: number; concepts?: readonly string[] }[];
}

/** Evidence for a span of an article. */
export function evidenceAt(
  input: ArticleClaimsInput,
  sentenceIndex: number,
  start: number,
  end: number,
): Evidence {
  return {
    articleId: input.articleId,
    sentenceIndex,
    sentence: input.sentences[sentenceIndex]?.text ?? '',
    start,
    end,
  };
}
