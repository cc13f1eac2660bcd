// Command-line arguments of `corroborate`, parsed with node:util's parseArgs.
import { parseArgs } from 'node:util';
import { CorroborateError } from '../index.js';
import { type IsoDate, parseIsoDate } from '../input/parse-date.js';

/** What the command was asked to do. */
export interface CliOptions {
  /** Files and folders to read. */
  inputs: string[];
  /** `--as-of`: the date to judge office holders on when an article gives none. */
  asOf: IsoDate | undefined;
  /** `--kb`: knowledge files to add to the bundled table, applied in order. */
  knowledgeFiles: string[];
  /** `--json`: print the analysis as JSON instead of the report. */
  json: boolean;
  /** `--html`: where to write the HTML report. */
  html: string | undefined;
  onlyOutliers: boolean;
  failOnOutlier: boolean;
  /** `--color` forces colour on, `--no-color` off; undefined decides from the terminal. */
  color: boolean | undefined;
  quiet: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
  /** `--print-text`: print the text each reader kept from each file, instead of the report. */
  printText: boolean;
  /** `--stories`: a folder whose subfolders are each one story. */
  stories: string | undefined;
  /** `--jobs`: worker threads for `--stories`; undefined means one per available core. */
  jobs: number | undefined;
  /** `--ledger`: the source ledger JSON file to take priors from and record the stories into. */
  ledger: string | undefined;
  /**
   * `--ledger-half-life`: days after which a story counts half in the ledger, `null` for no
   * decay (`none`); undefined keeps the file's setting.
   */
  ledgerHalfLife: number | null | undefined;
}

/** Largest `--jobs`: more threads than this only queue on the cores. */
const MAX_JOBS_FLAG = 256;

const OPTIONS = {
  'as-of': { type: 'string' },
  kb: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  html: { type: 'string' },
  'only-outliers': { type: 'boolean' },
  'fail-on-outlier': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'print-text': { type: 'boolean' },
  stories: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  ledger: { type: 'string' },
  'ledger-half-life': { type: 'string' },
} as const;

/**
 * Parses `argv` (without the node and script paths). Unknown flags, missing values and
 * bad dates throw `INVALID_OPTION` with a message that names the flag.
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    // -V stays a synonym of -v (it was the short flag before -v); parseArgs takes one short each.
    const args = argv.map((arg) => (arg === '-V' ? '-v' : arg));
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CorroborateError('INVALID_OPTION', usageMessage(error as Error & { code?: string }), {
      field: 'argv',
    });
  }
  const values = parsed.values;
  if (values.color && values['no-color']) {
    throw new CorroborateError(
      'INVALID_OPTION',
      '--color and --no-color contradict each other; give one.',
      { field: 'color', flag: '--color' },
    );
  }
  if (values.quiet && values.verbose) {
    throw new CorroborateError(
      'INVALID_OPTION',
      '--quiet and --verbose contradict each other; give one.',
      { field: 'quiet', flag: '--quiet' },
    );
  }
  if (values.ledger !== undefined && values['print-text']) {
    throw new CorroborateError(
      'INVALID_OPTION',
      '--ledger records analyses, but --print-text analyses nothing; give one.',
      { field: 'ledger', flag: '--ledger' },
    );
  }
  if (values['ledger-half-life'] !== undefined && values.ledger === undefined) {
    throw new CorroborateError(
      'INVALID_OPTION',
      '--ledger-half-life sets the half-life of a --ledger file; give --ledger <file.json> too.',
      { field: 'ledgerHalfLife', flag: '--ledger-half-life' },
    );
  }
  for (const flag of ['html', 'as-of', 'stories', 'ledger'] as const) {
    if (values[flag] === '') {
      throw new CorroborateError('INVALID_OPTION', `--${flag} needs a value, but it is empty.`, {
        field: flag,
        flag: `--${flag}`,
      });
    }
  }
  const knowledgeFiles = values.kb ?? [];
  if (knowledgeFiles.some((file) => file === '')) {
    throw new CorroborateError('INVALID_OPTION', '--kb needs a file name, but it is empty.', {
      field: 'kb',
      flag: '--kb',
    });
  }
  return {
    inputs: parsed.positionals,
    asOf:
      values['as-of'] === undefined
        ? undefined
        : parseIsoDate(values['as-of'], '--as-of', { field: 'asOf', flag: '--as-of' }),
    knowledgeFiles,
    json: values.json ?? false,
    html: values.html,
    onlyOutliers: values['only-outliers'] ?? false,
    failOnOutlier: values['fail-on-outlier'] ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    printText: values['print-text'] ?? false,
    stories: values.stories,
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs),
    ledger: values.ledger,
    ledgerHalfLife:
      values['ledger-half-life'] === undefined
        ? undefined
        : parseHalfLife(values['ledger-half-life']),
  };
}

/** `--jobs N`: a whole number from 1 to {@link MAX_JOBS_FLAG}. */
function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS_FLAG) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `--jobs must be a whole number from 1 to ${MAX_JOBS_FLAG}, but it is ${JSON.stringify(value)}.`,
      { field: 'jobs', flag: '--jobs', value },
    );
  }
  return jobs;
}

/** `--ledger-half-life DAYS`: a positive number of days, or `none` for no decay. */
function parseHalfLife(value: string): number | null {
  if (value.trim().toLowerCase() === 'none') return null;
  const days = Number(value);
  if (value.trim() === '' || !Number.isFinite(days) || days <= 0) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `--ledger-half-life must be a positive number of days (e.g. 90) or none, but it is ${JSON.stringify(value)}.`,
      { field: 'ledgerHalfLife', flag: '--ledger-half-life', value },
    );
  }
  return days;
}

/** parseArgs's messages, reworded to say what to type instead. */
function usageMessage(error: Error & { code?: string }): string {
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag ?? error.message}; run corroborate --help for the options.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return flag && flag in OPTIONS_WITH_VALUES
        ? `${flag} needs a value: ${OPTIONS_WITH_VALUES[flag]}.`
        : `${error.message.replace(/\.$/, '')}; run corroborate --help for the options.`;
    default:
      return `${error.message.replace(/\.$/, '')}; run corroborate --help for the options.`;
  }
}

const OPTIONS_WITH_VALUES: Record<string, string> = {
  '--as-of': '--as-of 2025-10-26',
  '--kb': '--kb extra-office-holders.json',
  '--html': '--html report.html',
  '--ledger': '--ledger sources.json',
  '--ledger-half-life': '--ledger-half-life 90',
};
