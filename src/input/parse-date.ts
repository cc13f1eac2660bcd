// Strict calendar-date parsing shared by every option and record that carries a date.
import { CorroborateError, describeType } from '../errors.js';

/** A calendar date as `YYYY-MM-DD` (ISO 8601, no time, no zone). */
export type IsoDate = string;

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Whether a year/month/day triple names a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Turns a `Date` or an ISO 8601 string (`2025-10-26`, `2025-10-26T08:00:00Z`)
 * into `YYYY-MM-DD`. A timestamp is read on its own calendar day: the date as written, in
 * the offset it carries (`2025-06-01T23:30-05:00` is 2025-06-01, not the UTC 2025-06-02), and
 * never in the machine's zone. A `Date` object has no offset and is read in UTC. Anything
 * else (`"yesterday"`, `"2025-13-45"`, an invalid `Date`) throws `INVALID_DATE`.
 *
 * @param field - How the message names the value, e.g. `articles[3] (id "a").publishedAt`.
 * @param details - The error's structured `details`; `{ field }` when omitted.
 */
export function parseIsoDate(
  value: unknown,
  field: string,
  details: Readonly<Record<string, unknown>> = { field },
): IsoDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new CorroborateError('INVALID_DATE', `${field} is an invalid Date object.`, {
        ...details,
        received: 'an invalid Date',
      });
    }
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') {
    throw new CorroborateError(
      'INVALID_DATE',
      `${field} must be an ISO 8601 date string such as "2025-10-26" or a Date.`,
      { ...details, received: describeType(value) },
    );
  }
  const match = ISO_DATE_PREFIX.exec(value.trim());
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isRealDate(year, month, day)) {
      // The time must parse, but the day is the one written: the offset's calendar day.
      if (value.trim().length > 10 && Number.isNaN(Date.parse(value.trim()))) {
        return invalid(value, field, details);
      }
      return `${match[1]}-${match[2]}-${match[3]}`;
    }
  }
  return invalid(value, field, details);
}

function invalid(value: string, field: string, details: Readonly<Record<string, unknown>>): never {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  throw new CorroborateError(
    'INVALID_DATE',
    `${field} ${JSON.stringify(shown)} is not a real calendar date; use YYYY-MM-DD, e.g. "2025-10-26".`,
    { ...details, value: shown },
  );
}

/** Whole days from `a` to `b` (positive when `b` is later). Both are `YYYY-MM-DD`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `date` shifted by `days` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
