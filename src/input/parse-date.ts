// Strict calendar-date parsing shared by every option and record that carries a date.
import { CorroborateError } from '../errors.js';

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
 * into `YYYY-MM-DD`. Anything else (`"yesterday"`, `"2025-13-45"`, an invalid
 * `Date`) throws `INVALID_DATE` naming `field`.
 */
export function parseIsoDate(value: unknown, field: string): IsoDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new CorroborateError('INVALID_DATE', `${field} is an invalid Date object.`, { field });
    }
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') {
    throw new CorroborateError(
      'INVALID_DATE',
      `${field} must be an ISO 8601 date string such as "2025-10-26" or a Date.`,
      { field },
    );
  }
  const match = ISO_DATE_PREFIX.exec(value.trim());
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isRealDate(year, month, day)) {
      if (value.trim().length > 10) {
        const time = new Date(value.trim()).getTime();
        if (Number.isNaN(time)) return invalid(value, field);
        return new Date(time).toISOString().slice(0, 10);
      }
      return `${match[1]}-${match[2]}-${match[3]}`;
    }
  }
  return invalid(value, field);
}

function invalid(value: string, field: string): never {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  throw new CorroborateError(
    'INVALID_DATE',
    `${field} ${JSON.stringify(shown)} is not a real calendar date; use YYYY-MM-DD, e.g. "2025-10-26".`,
    { field },
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
