import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli/args.js';
import { CorroborateError } from '../src/errors.js';

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CorroborateError);
    return (error as CorroborateError).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseCliArgs', () => {
  it('reads every option and keeps inputs in order', () => {
    expect(
      parseCliArgs([
        'b/',
        '--as-of',
        '2025-10-26',
        '--kb=one.json',
        '--kb',
        'two.json',
        '--json',
        '--html',
        'out.html',
        '--only-outliers',
        '--fail-on-outlier',
        '--no-color',
        '-q',
        'a.txt',
      ]),
    ).toEqual({
      inputs: ['b/', 'a.txt'],
      asOf: '2025-10-26',
      knowledgeFiles: ['one.json', 'two.json'],
      json: true,
      html: 'out.html',
      onlyOutliers: true,
      failOnOutlier: true,
      color: false,
      quiet: true,
      verbose: false,
      help: false,
      version: false,
      printText: false,
    });
  });

  it('leaves colour undecided unless --color or --no-color is given', () => {
    expect(parseCliArgs(['a']).color).toBeUndefined();
    expect(parseCliArgs(['--color', 'a']).color).toBe(true);
  });

  it('refuses unknown flags, naming them', () => {
    expect(usageError(['--frobnicate', 'a'])).toBe(
      'unknown option --frobnicate; run corroborate --help for the options.',
    );
  });

  it('refuses a flag without its value, with an example', () => {
    expect(usageError(['a', '--as-of'])).toBe('--as-of needs a value: --as-of 2025-10-26.');
    expect(usageError(['--html', ''])).toBe('--html needs a value, but it is empty.');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(usageError(['--as-of', '2025-02-30', 'a'])).toMatch(
      /--as-of "2025-02-30" is not a real calendar date/,
    );
  });

  it('refuses contradictory flags', () => {
    expect(usageError(['--color', '--no-color'])).toMatch(/contradict/);
    expect(usageError(['--quiet', '--verbose'])).toMatch(/contradict/);
  });

  it('takes everything after -- as inputs', () => {
    expect(parseCliArgs(['--', '--json']).inputs).toEqual(['--json']);
  });
});
