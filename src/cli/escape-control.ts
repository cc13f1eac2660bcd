// Terminal-safe text: messages quote file names and file content, and a terminal must never
// receive their escape sequences (a file could retitle the window or clear the screen).

// Control characters other than tab and newline; line breaks stay.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Shows control characters (other than tab and newline) as `\u001b`-style escapes. */
export function escapeControl(text: string): string {
  return text.replace(
    CONTROL_CHARACTERS,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
