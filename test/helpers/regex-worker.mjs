// Worker for test/regex-safety.test.ts: runs regular expressions, one per message, against
// worst-case strings built from the characters each quantifies, reporting before each input so
// that the parent can terminate it when one input exceeds the time budget. One worker serves
// pattern after pattern (starting a worker costs ~60 ms, a third of a pattern's run) until the
// parent terminates it. Plain JavaScript: workers cannot load TS.
import { parentPort } from 'node:worker_threads';

/** Characters a class or escape is tested against to learn which it matches. */
const POOL = [
  ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)),
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u0000',
  '\u00a0',
  '\u00ad',
  'é',
  'ß',
  'ǅ',
  '\u0301',
  'ж',
  'Ж',
  'α',
  '中',
  'あ',
  '٣',
  'م',
  '€',
  '£',
  '«',
  '»',
  '‘',
  '’',
  '“',
  '”',
  '—',
  '–',
  '…',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u202e',
  '\ufe0f',
  '\ufeff',
  '😀',
  '\u{1f3fd}',
  '\ud800',
  '\udc00',
];
/** Members kept per class: enough to vary the runs, few enough to keep pairs cheap. */
const MEMBERS_PER_CLASS = 4;
const MAX_ATOMS = 24;
const PAIR_ATOMS = 10;
const GENERIC_UNITS = [
  ' ',
  'a',
  'A',
  '1',
  'a ',
  '1,',
  '1.',
  'A.',
  '<a',
  '&#',
  '\n',
  '- ',
  'ab1 ',
  '"a',
  "'s",
];

/** The members of `POOL` that one class or escape (its source text) matches. */
function membersOf(token, flags) {
  let probe;
  try {
    probe = new RegExp(`^(?:${token})$`, flags.replace(/[gy]/g, ''));
  } catch {
    return [];
  }
  const members = POOL.filter((character) => probe.test(character));
  if (members.length <= MEMBERS_PER_CLASS) return members;
  // First, last and two spread between: deterministic, and covers ASCII and beyond.
  const step = (members.length - 1) / (MEMBERS_PER_CLASS - 1);
  return Array.from({ length: MEMBERS_PER_CLASS }, (_, index) => members[Math.round(index * step)]);
}

/** Characters and literal runs of a pattern: what its quantifiers can repeat. */
function atomsOf(source, flags) {
  const atoms = [];
  const add = (atom) => {
    if (atom && !atoms.includes(atom)) atoms.push(atom);
  };
  let literal = '';
  const flush = () => {
    if (literal.length >= 2) add(literal);
    for (const character of literal) add(character);
    literal = '';
  };
  let index = 0;
  while (index < source.length) {
    const character = source[index];
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      let end = index + 2;
      if ((next === 'p' || next === 'P') && source[end] === '{') end = source.indexOf('}', end) + 1;
      else if (next === 'u' && source[end] === '{') end = source.indexOf('}', end) + 1;
      else if (next === 'u') end = index + 6;
      else if (next === 'x') end = index + 4;
      else if (next === 'k' && source[end] === '<') end = source.indexOf('>', end) + 1;
      const token = source.slice(index, end);
      if (/^\\[dDwWsSpPuxtnrfv0]/.test(token)) {
        flush();
        for (const member of membersOf(token, flags)) add(member);
      } else if (/^\\[bBk1-9]/.test(token)) {
        flush();
      } else {
        literal += next;
      }
      index = end;
    } else if (character === '[') {
      flush();
      let end = index + 1;
      if (source[end] === '^') end++;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      for (const member of membersOf(source.slice(index, end + 1), flags)) add(member);
      index = end + 1;
    } else if (character === '(') {
      flush();
      const group = /^\((?:\?(?:<=|<!|<[A-Za-z]\w*>|[:=!]))?/.exec(source.slice(index, index + 40));
      index += group ? group[0].length : 1;
    } else if (character === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(index, index + 20))) {
      flush();
      index = source.indexOf('}', index) + 1;
    } else if ('|)?*+^$'.includes(character)) {
      flush();
      index++;
    } else if (character === '.') {
      flush();
      add('a');
      add(' ');
      index++;
    } else {
      literal += character;
      index++;
    }
  }
  flush();
  return atoms.slice(0, MAX_ATOMS);
}

function repeatTo(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Worst-case inputs: long runs of each atom, of pairs of atoms, near-misses of literals. */
function inputsOf(source, flags, length) {
  const atoms = atomsOf(source, flags);
  const inputs = [];
  // A NUL at the end fails most patterns after the longest possible partial match.
  for (const atom of atoms)
    inputs.push([`run ${JSON.stringify(atom)}`, `${repeatTo(atom, length)}\u0000`]);
  const paired = atoms.slice(0, PAIR_ATOMS);
  for (const first of paired) {
    for (const second of paired) {
      if (first === second) continue;
      inputs.push([
        `alternating ${JSON.stringify(first + second)}`,
        `${repeatTo(first + second, length)}\u0000`,
      ]);
    }
  }
  for (const atom of atoms) {
    if (atom.length >= 3)
      inputs.push([
        `near-miss ${JSON.stringify(atom.slice(0, -1))}`,
        repeatTo(atom.slice(0, -1), length),
      ]);
  }
  for (const unit of GENERIC_UNITS)
    inputs.push([`generic ${JSON.stringify(unit)}`, `${repeatTo(unit, length)}!`]);
  return inputs;
}

/** Runs one pattern against its worst-case inputs, posting `start` before each and `done` after. */
function runPattern({ id, source, flags, length }) {
  const plain = new RegExp(source, flags.replace(/[gy]/g, ''));
  const global = new RegExp(source, `${flags.replace(/[gy]/g, '')}g`);
  const inputs = inputsOf(source, flags, length);
  const timings = [];
  for (let index = 0; index < inputs.length; index++) {
    const [label, input] = inputs[index];
    parentPort.postMessage({ type: 'start', id, index, label });
    const started = performance.now();
    plain.lastIndex = 0;
    plain.test(input);
    let matches = 0;
    for (const _ of input.matchAll(global)) matches++;
    timings.push({ label, ms: performance.now() - started, matches });
  }
  parentPort.postMessage({ type: 'done', id, inputs: inputs.length, timings });
}

parentPort.on('message', (request) => {
  try {
    runPattern(request);
  } catch (error) {
    parentPort.postMessage({ type: 'error', id: request.id, error: String(error) });
  }
});
