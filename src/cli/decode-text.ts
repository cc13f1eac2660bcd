// Bytes to text for the CLI's readers: BOMs, declared charsets and invalid UTF-8.

/** Decoded text, and whether bytes had to be replaced with U+FFFD. */
export interface DecodedText {
  text: string;
  /** The encoding used, as TextDecoder names it ("utf-8", "windows-1252"). */
  encoding: string;
  /** True when the bytes were not valid in that encoding and U+FFFD stands in for them. */
  replaced: boolean;
}

/**
 * Decodes a file: a byte-order mark wins (UTF-8, UTF-16 LE/BE), then `declared` (an HTML
 * meta charset) when TextDecoder knows it, then UTF-8. Invalid sequences become U+FFFD and
 * `replaced` says so, rather than failing the whole run over one bad byte.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else if (declared !== undefined) {
    encoding = knownEncoding(declared) ?? 'utf-8';
  }
  try {
    return {
      text: new TextDecoder(encoding, { fatal: true }).decode(body),
      encoding,
      replaced: false,
    };
  } catch {
    return { text: new TextDecoder(encoding).decode(body), encoding, replaced: true };
  }
}

/** TextDecoder's canonical name for a charset label, or undefined if it does not know it. */
function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Bytes of an HTML file searched for a charset declaration, as browsers do (the spec's 1024). */
const CHARSET_SNIFF_BYTES = 1024;
// <meta charset="x"> or <meta http-equiv=… content="…; charset=x">. Bounded repeats: linear.
const META_CHARSET = /<meta[^>]{0,256}?charset\s{0,8}=\s{0,8}["']?([a-z0-9_:.-]{1,40})/i;

/** The charset an HTML file declares in its first kilobyte, if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, CHARSET_SNIFF_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1];
}
