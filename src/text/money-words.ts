// Words and symbols that make a figure money or scale it, shared by the sentence profile
// (align) and the quantity extractor (extract), so both read "US$5bn" the same way.

/** ISO 4217 codes of the currencies recognised by symbol, word or code. */
export type CurrencyCode =
  | 'USD'
  | 'EUR'
  | 'GBP'
  | 'JPY'
  | 'CNY'
  | 'KRW'
  | 'INR'
  | 'CHF'
  | 'CAD'
  | 'AUD'
  | 'HKD'
  | 'SGD'
  | 'NZD'
  | 'TWD'
  | 'MYR'
  | 'RUB'
  | 'PHP';

/** Currency symbols written before a number. `¥` is read as yen: English news writes "yuan" out. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, CurrencyCode> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₱', 'PHP'],
]);

/** Letters glued before `$` that name another dollar ("A$5", "HK$10", "US$2.8"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, CurrencyCode> = new Map([
  ['us', 'USD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['hk', 'HKD'],
  ['s', 'SGD'],
  ['nz', 'NZD'],
  ['nt', 'TWD'],
]);

/** ISO codes written as words before or after a figure ("USD 5 billion", "5 billion EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'krw',
  'inr',
  'chf',
  'cad',
  'aud',
  'hkd',
  'sgd',
  'nzd',
  'twd',
  'myr',
  'rub',
  'php',
]);

/** Currency names written after a figure ("550bn dollars", "2 trillion yen"). */
export const CURRENCY_WORDS: ReadonlyMap<string, CurrencyCode> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['ringgit', 'MYR'],
  ['rouble', 'RUB'],
  ['roubles', 'RUB'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['francs', 'CHF'],
  ['won', 'KRW'],
]);

/** Scale words after a number, as powers of ten ("2.8 trillion", "550bn", "$3 mln"). */
export const SCALE_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['mn', 6],
  ['mln', 6],
  ['bn', 9],
  ['bln', 9],
  ['tn', 12],
  ['trn', 12],
]);

/** One-letter scales, read as such only when glued to the digits ("$3m", "$10b", "5k"): "5 m" may be metres. */
export const ATTACHED_SCALE_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['m', 6],
  ['b', 9],
]);
