// The data model of the office-holder knowledge base. Plain JSON-serialisable records.
import type { IsoDate } from '../input/parse-date.js';

/** How far a term record has been verified. */
export type Confidence = 'high' | 'medium' | 'low';

/** What kind of office a role is; used to read generic titles such as "leader". */
export type RoleKind =
  | 'head-of-state'
  | 'head-of-government'
  | 'head-of-state-and-government'
  | 'organization-head'
  | 'cabinet'
  | 'other';

/**
 * An office, described by how news text names it.
 *
 * A role is named in text either by a jurisdiction word plus a title
 * ("German Chancellor", "Chancellor of Germany", "Germany's chancellor") or,
 * for offices unambiguous on their own, by a standalone title
 * ("Treasury Secretary", "NATO Secretary General", "Fed Chair").
 */
export interface RoleRecord {
  /** Stable id, `<iso2 or org>_<office>` in snake case: `de_chancellor`, `nato_secretary_general`. */
  id: string;
  /** Formal English name: "Chancellor of Germany". */
  label: string;
  /** Country or organisation: "Germany", "NATO". */
  jurisdiction: string;
  /** What kind of office it is (head of state, head of government, cabinet…). */
  kind: RoleKind;
  /**
   * Words that denote the jurisdiction, nouns and adjectives, longest forms
   * included: ["Germany", "German", "Federal Republic of Germany"]. Possessives
   * ("Germany's") are derived, not listed.
   */
  jurisdictionNames: string[];
  /**
   * Lower-case titles that name this role when joined to a jurisdiction name:
   * ["chancellor", "federal chancellor", "leader"]. Include "leader" only for
   * the role news calls "the <country> leader".
   */
  titles: string[];
  /**
   * Lower-case phrases that name this role with no jurisdiction word:
   * ["treasury secretary", "secretary of the treasury"], ["nato secretary general", "nato chief"].
   */
  standaloneTitles?: string[];
  /**
   * The days on which the table lists every holder of this role, both ends included. A
   * mention dated outside it is `unchecked` (`outside-coverage`), never flagged. Defaults to
   * the first day of the role's earliest term through the knowledge base's `snapshotDate`.
   */
  coverage?: CoverageWindow;
}

/** A span of days in which a role's holders are completely known, both ends included. */
export interface CoverageWindow {
  /** First covered day, `YYYY-MM-DD`. */
  from: IsoDate;
  /** Last covered day, `YYYY-MM-DD`. */
  to: IsoDate;
}

/** One person's term in one role. A person with two separate terms has two records. */
export interface TermRecord {
  /** Id of the role held; must be a role of the records or of the base they extend. */
  roleId: string;
  /** Canonical full name as news in English writes it: "Yoon Suk Yeol". */
  person: string;
  /** Other spellings, romanisations and short forms: ["Yoon Suk-yeol", "Yoon"]. */
  aliases?: string[];
  /** First day in office, `YYYY-MM-DD` (swearing-in or formal appointment). */
  start: IsoDate;
  /** Last day (the handover day), `YYYY-MM-DD`; absent or null while in office. */
  end?: IsoDate | null;
  /** An acting, interim or caretaker holder; may overlap a suspended formal holder. */
  acting?: boolean;
  /** Where the dates come from, for a person checking them. */
  evidence?: string;
  /**
   * How far the record has been verified.
   * @default 'medium'
   */
  confidence?: Confidence;
}

/** What `createKnowledgeBase` accepts and `KnowledgeBase.toJSON()` returns. */
export interface KnowledgeRecords {
  /** The date up to which the records are known to be complete. */
  snapshotDate?: IsoDate;
  /** The offices, each with how news text names it. */
  roles?: RoleRecord[];
  /** Terms of office: who held which role, from when until when. */
  terms?: TermRecord[];
}

/** One person's term in one role, normalised: every field present. */
export interface OfficeTerm {
  /** Id of the role held: "de_chancellor". */
  roleId: string;
  /** Canonical full name: "Yoon Suk Yeol". */
  person: string;
  /** Other spellings, romanisations and short forms, as listed. */
  aliases: string[];
  /** First day in office. */
  start: IsoDate;
  /** Last day in office (the handover day), or null while in office. */
  end: IsoDate | null;
  /** An acting, interim or caretaker holder. */
  acting: boolean;
  /** Where the dates come from; empty when the record gave none. */
  evidence: string;
  /** How far the record has been verified (`medium` when the record gave none). */
  confidence: Confidence;
  /**
   * Whether the name is written family name first ("Xi Jinping"); decides
   * which word a surname-only mention uses. Inferred unless the record sets it.
   */
  familyNameFirst: boolean;
}

/** A role with every naming list and its coverage window present. */
export interface Role extends RoleRecord {
  /** Lower-case phrases that name the role with no jurisdiction word; may be empty. */
  standaloneTitles: string[];
  /**
   * The days on which the table lists every holder: as the record gives it, else the first
   * day of the role's earliest term (the snapshot date when it has none) through the
   * knowledge base's `snapshotDate`.
   */
  coverage: CoverageWindow;
}

/** A term record as `createKnowledgeBase` accepts it: a {@link TermRecord} plus name order. */
export interface KnowledgeTermRecord extends TermRecord {
  /**
   * Set when `inferFamilyNameFirst`'s guess is wrong for this person:
   * `true` for "Xi Jinping"-style names outside the usual jurisdictions,
   * `false` for a given-name-first "Kim Darroch".
   */
  familyNameFirst?: boolean;
}

/** What `createKnowledgeBase` and `extend` accept, and `toJSON` returns. */
export interface KnowledgeInput extends KnowledgeRecords {
  /** Terms of office, each optionally with its name order. */
  terms?: KnowledgeTermRecord[];
}
