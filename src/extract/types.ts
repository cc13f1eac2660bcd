// The data model of the extract stage: plain, serialisable records that point back into the article.

/**
 * How a person mention was recognised.
 * - `title`: a title or honorific stands before it ("President Lee Jae Myung", "Mr Lee").
 * - `pattern`: a capitalised-sequence rule, a byline, or a short form of a name seen in the same article.
 * - `lexicon`: compromise's people lexicon vouched for a capitalised word no cheaper rule explained.
 */
export type PersonSource = 'lexicon' | 'title' | 'pattern';

/** One mention of a person in an article. */
export interface PersonMention {
  /** The name as written, without a title before it or a possessive `'s` after it: "Xi Jinping". */
  name: string;
  /**
   * Canonical key of the person within the article: lower case, no diacritics, hyphens as
   * spaces ("xi jinping"). A short form resolves to the full name's key when exactly one full
   * name in the article fits ("Xi" → "xi jinping"); otherwise it is the short form itself ("lee").
   */
  key: string;
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offset of the name's first character in the article text. */
  start: number;
  /** Offset one past the name's last character in the article text (before any `'s`). */
  end: number;
  /** How the mention was recognised: after a title, by a name pattern, or by the lexicon. */
  source: PersonSource;
  /**
   * The person is the article's author or photographer ("By Jane Doe, Asia correspondent",
   * "REUTERS/Kylie Cooper"), not someone the article makes a claim about. Later stages ignore
   * byline people; they are returned so every capitalised name is accounted for.
   */
  byline: boolean;
}

/** A word in front of or inside a role mention that changes what the mention claims. */
export type RoleModifierKind =
  | 'former'
  | 'ex'
  | 'then'
  | 'late'
  | 'outgoing'
  | 'incoming'
  | 'acting'
  | 'interim'
  | 'new'
  | 'elect'
  | 'predecessor'
  | 'successor';

/** When a modified role mention says the person held the role, relative to the article's date. */
export type RoleTense = 'past' | 'present' | 'future';

/** The modifiers of one role mention, read together ("the late former PM" → late + former). */
export interface RoleModifier {
  /** Every modifier in text order: ["late", "former"]. */
  kinds: RoleModifierKind[];
  /** The modifier words as written, joined by single spaces: "late former". */
  text: string;
  /**
   * What the mention claims about time: `past` (former, ex-, then-, late, predecessor: the
   * person held the role before the article's date), `future` (incoming, -elect), otherwise
   * `present` (new, outgoing, acting, interim, successor).
   */
  tense: RoleTense;
  /** The person holds the role in an acting, interim or caretaker capacity. */
  acting: boolean;
}

/**
 * Which textual shape a role mention has.
 * - `title-name`: "German Chancellor Olaf Scholz", "Japan's new prime minister, Sanae Takaichi".
 * - `name-title`: "Olaf Scholz, the German chancellor".
 * - `bare-title`: a title with no jurisdiction before a name: "President Lee", "former PM Shinzo Abe".
 * - `relation`: "her predecessor, Fumio Kishida": the role of an earlier mention in the same or previous sentence.
 */
export type RoleMentionShape = 'title-name' | 'name-title' | 'bare-title' | 'relation';

/** A claim that a named person holds (or held) an office. */
export interface RoleMention {
  /** The role the text names, when exactly one role of the table fits; otherwise null. */
  roleId: string | null;
  /**
   * Every role id the title could denote, sorted. `[roleId]` when the role is certain; several
   * for a bare title ("President Lee": every role titled president) for a later stage to narrow
   * down with the person.
   */
  roleCandidates: string[];
  /** The title as written, without jurisdiction or modifiers: "Chancellor", "prime minister". */
  title: string;
  /** The jurisdiction word as written ("German", "Japan", "NATO"), or null for a bare title. */
  jurisdiction: string | null;
  /** The person's name as written (possessive stripped). */
  person: string;
  /** The person's key within the article (see {@link PersonMention.key}). */
  personKey: string;
  /** Modifiers that change the claim, or null for a plain present-tense mention. */
  modifier: RoleModifier | null;
  /** Textual shape of the mention: title then name, name then title, bare title, or relation. */
  shape: RoleMentionShape;
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offset in the article text of the whole mention (modifiers, title and name). */
  start: number;
  /** Offset one past the whole mention's last character in the article text. */
  end: number;
  /** Offsets in the article text of the name alone. */
  personStart: number;
  /** Offset one past the name's last character in the article text. */
  personEnd: number;
}

/** What kind of place a gazetteer entry is. */
export type PlaceKind = 'country' | 'city' | 'region';

/** One mention of a place in an article. */
export interface PlaceMention {
  /** Canonical name: "South Korea" for "Republic of Korea", "ROK" or "South Korean". */
  name: string;
  /** The words as written: "South Korea's" is written "South Korea". */
  text: string;
  /** Whether the place is a country, a city or a region. */
  kind: PlaceKind;
  /** The country the place is in (the country itself for a country); absent for continents and seas. */
  country?: string;
  /** ISO 3166-1 alpha-2 code of {@link country}, upper case: "KR". */
  countryCode?: string;
  /** The place is its country's capital city. */
  capital: boolean;
  /** `name` for a toponym ("Germany"); `adjective` for a demonym ("German"), returned only on request. */
  form: 'name' | 'adjective';
  /**
   * A capital used for its government: the subject of a verb of stance, saying or trade
   * ("Beijing has yet to confirm it", "Washington and Beijing trade threats"). Not a location.
   */
  metonym: boolean;
  /**
   * The mention only qualifies the place before it ("Busan, South Korea"; "Washington, D.C."):
   * the country of that city, or the same place again. Not a separate location.
   */
  appositive: boolean;
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offset of `text`'s first character in the article text. */
  start: number;
  /** Offset one past `text`'s last character in the article text. */
  end: number;
}

/** The kind of event an {@link EventSlot} describes. */
export type EventKind = 'meeting' | 'summit' | 'visit' | 'talks' | 'ceremony';

/** A place reduced to what an event slot needs. */
export interface SlotPlace {
  /** The place's canonical name ("Busan"). */
  name: string;
  /** Country, city or region. */
  kind: PlaceKind;
  /** Country of the place; absent for a region without one. */
  country?: string;
  /** ISO 3166 alpha-2 code of `country` ("KR"); absent with it. */
  countryCode?: string;
}

/** Where (and with whom, and when) a meeting, summit or visit happens, as one sentence states it. */
export interface EventSlot {
  /** The kind of event: meeting, summit, visit, talks or ceremony. */
  event: EventKind;
  /** The trigger word as written: "meeting", "meets", "summit". */
  trigger: string;
  /** Person keys of the participants named near the trigger, in text order, without repeats. */
  participants: string[];
  /** Where the event happens, or null when the sentence does not say. */
  place: SlotPlace | null;
  /** A date phrase next to the event, as written ("on Thursday", "on October 30"), or null. */
  dateText: string | null;
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offsets in the article text of the evidence: from the first to the last word used. */
  start: number;
  /** Offset one past the evidence's last character in the article text. */
  end: number;
  /** The article text between `start` and `end`. */
  evidence: string;
}

/** One country or city that a trip is said to include. */
export interface ItineraryStop {
  /** Canonical place name: "Kuala Lumpur", "Japan". */
  place: string;
  /** Whether the stop is a country or a city. */
  kind: 'country' | 'city';
  /** Country of the stop (the stop itself for a country). */
  country: string;
  /** ISO 3166-1 alpha-2 code of `country`, upper case: "MY". */
  countryCode: string;
  /** The travel phrase that introduced the stop, as written: "stops in", "visit to", "culminates in". */
  trigger: string;
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offsets in the article text of the place name. */
  start: number;
  /** Offset one past the place name's last character in the article text. */
  end: number;
}
