// A compact English stopword list written for this project: function words that carry no
// claim on their own (articles, pronouns, auxiliaries, prepositions, conjunctions, quantifiers).
// Deliberately excluded: negations (no, not, nor, never) because they flip a claim, and
// reporting verbs (said, told) which are frequent but handled by term weights instead.

const WORDS = [
  // articles and determiners
  `a an the this that these those such each every either neither any some all both
   other another own same few more most much many several less`,
  // pronouns
  `i me my mine myself we us our ours ourselves you your yours yourself yourselves he
   him his himself she her hers herself it its itself they them their theirs themselves
   who whom whose which what whatever whoever one`,
  // auxiliaries and copulas
  `am is are was were be been being have has had having do does did doing will would
   shall should can could may might must ought`,
  // contractions, after apostrophe folding
  `i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll he's he'd he'll
   she's she'd she'll it's it'd they're they've they'd they'll that's there's what's who's
   let's`,
  // prepositions ("according" only ever opens "according to")
  `of in on at by for with without about against between into through during before
   after above below to from up down out off over under onto upon within across along
   among around toward towards via per than like according`,
  // conjunctions and connectives
  `and but or so yet if then else because as until while although though whether since
   unless also however thus therefore`,
  // adverbs of degree, place and time that rarely distinguish claims
  `very too just only even still again further once here there where when why how now
   ever already quite rather`,
  // fragments left by splitting contractions
  `s t d ll re ve m`,
];

/**
 * English function words that carry no claim on their own (≈ 200 entries, lower case,
 * straight apostrophes). Negations are not stopwords: "did not meet" and "met" must differ.
 */
export const STOPWORDS: ReadonlySet<string> = new Set<string>(WORDS.join(' ').split(/\s+/));

/** True when `norm` (a lower-case normalised token) is an English stopword. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
