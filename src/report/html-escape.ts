// Escaping for the HTML report: every piece of article-derived text goes through here.

const HTML_SPECIALS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

// Markup-significant characters, and the line/paragraph separators that break JavaScript
// string literals should text ever be copied into a script. One class: linear scan.
const HTML_SPECIAL = /[&<>"'\u2028\u2029]/g;
// C0 controls other than tab, LF and CR, plus DEL and the C1 range: parse errors in HTML.
const HTML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// A surrogate without its partner (cut strings, hostile input): not encodable as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an HTML text node or a double- or single-quoted attribute value.
 * Control characters and lone surrogates become U+FFFD, so the output is valid UTF-8 HTML.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(HTML_CONTROL, '\uFFFD')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(HTML_SPECIAL, (char) => HTML_SPECIALS[char] ?? char);
}
