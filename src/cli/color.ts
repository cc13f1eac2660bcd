// Whether the command colours its output and draws a progress bar, from the flags, the
// environment conventions (NO_COLOR, FORCE_COLOR, TERM=dumb) and whether the stream is a
// terminal.

/** What colour and progress are decided from. */
export interface ColorContext {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  flag: boolean | undefined;
  /** Whether the stream is a terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Colour on or off. In order: `--color`/`--no-color`; `FORCE_COLOR` (`0` or `false` turn it
 * off, any other value, empty included, on — as Node and chalk read it); `NO_COLOR` set to a
 * non-empty value turns it off (no-color.org); `TERM=dumb` turns it off; otherwise colour
 * follows whether the stream is a terminal.
 */
export function chooseColor({ flag, isTTY, env }: ColorContext): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (isDumbTerminal(env)) return false;
  return isTTY;
}

/** `TERM=dumb`: a terminal that cannot move the cursor, so no progress bar redraws either. */
export function isDumbTerminal(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.TERM === 'dumb';
}
