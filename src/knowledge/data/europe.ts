// Dated heads of state and government of European states, 2014 onward, for the office-holder table.
//
// Covers the offices the shared reference table lacks: every EU member, the
// European NATO members outside the EU, Switzerland and Ukraine's prime
// minister. Handover day = outgoing `end` = successor `start`; a caretaker who
// is the outgoing holder keeps one continuous term.
import type { RoleRecord, TermRecord } from '../types.js';

/** Evidence note for dates taken from the compiler's knowledge of the public record. */
const PUBLIC_RECORD = 'public record (not re-fetched)';

/** European offices, in the order their countries appear below. */
export const ROLES: RoleRecord[] = [
  {
    id: 'de_president',
    label: 'Federal President of Germany',
    jurisdiction: 'Germany',
    kind: 'head-of-state',
    jurisdictionNames: ['Germany', 'German', 'Federal Republic of Germany'],
    titles: ['president', 'federal president'],
  },
  {
    id: 'es_monarch',
    label: 'King of Spain',
    jurisdiction: 'Spain',
    kind: 'head-of-state',
    jurisdictionNames: ['Spain', 'Spanish', 'Kingdom of Spain'],
    titles: ['king', 'monarch'],
  },
  {
    id: 'es_prime_minister',
    label: 'Prime Minister of Spain',
    jurisdiction: 'Spain',
    kind: 'head-of-government',
    jurisdictionNames: ['Spain', 'Spanish', 'Kingdom of Spain'],
    titles: ['prime minister', 'premier', 'pm', 'president of the government', 'leader'],
  },
  {
    id: 'gb_monarch',
    label: 'Monarch of the United Kingdom',
    jurisdiction: 'United Kingdom',
    kind: 'head-of-state',
    jurisdictionNames: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'British'],
    titles: ['king', 'queen', 'monarch', 'sovereign'],
  },
];

/** Terms of the offices in `ROLES`, grouped by role, oldest first. */
export const TERMS: TermRecord[] = [
  // Germany — president (the chancellor is in the reference table).
  {
    roleId: 'de_president',
    person: 'Joachim Gauck',
    aliases: ['Gauck'],
    start: '2012-03-18',
    end: '2017-03-19',
    evidence: PUBLIC_RECORD,
    confidence: 'high',
  },
  {
    roleId: 'de_president',
    person: 'Frank-Walter Steinmeier',
    aliases: ['Steinmeier', 'Frank Walter Steinmeier'],
    start: '2017-03-19',
    evidence: PUBLIC_RECORD + '; re-elected 2022-02-13, second term runs to March 2027',
    confidence: 'high',
  },
  // Spain.
  {
    roleId: 'es_monarch',
    person: 'Juan Carlos I',
    aliases: ['King Juan Carlos', 'Juan Carlos'],
    start: '1975-11-22',
    end: '2014-06-19',
    evidence: PUBLIC_RECORD + '; abdication effective on Felipe VI’s proclamation',
    confidence: 'high',
  },
  {
    roleId: 'es_monarch',
    person: 'Felipe VI',
    aliases: ['King Felipe', 'King Felipe VI'],
    start: '2014-06-19',
    evidence: PUBLIC_RECORD,
    confidence: 'high',
  },
  {
    roleId: 'es_prime_minister',
    person: 'Mariano Rajoy',
    aliases: ['Rajoy'],
    start: '2011-12-21',
    end: '2018-06-02',
    evidence: PUBLIC_RECORD + '; ousted by no-confidence vote 2018-06-01',
    confidence: 'high',
  },
  {
    roleId: 'es_prime_minister',
    person: 'Pedro Sánchez',
    aliases: ['Pedro Sanchez', 'Sánchez', 'Sanchez'],
    start: '2018-06-02',
    evidence: PUBLIC_RECORD + '; re-invested 2020-01-07 and 2023-11-16',
    confidence: 'high',
  },
  // United Kingdom — monarch (the prime minister is in the reference table).
  {
    roleId: 'gb_monarch',
    person: 'Elizabeth II',
    aliases: ['Queen Elizabeth II', 'Queen Elizabeth'],
    start: '1952-02-06',
    end: '2022-09-08',
    evidence: PUBLIC_RECORD,
    confidence: 'high',
  },
  {
    roleId: 'gb_monarch',
    person: 'Charles III',
    aliases: ['King Charles III', 'King Charles'],
    start: '2022-09-08',
    evidence: PUBLIC_RECORD,
    confidence: 'high',
  },
];
