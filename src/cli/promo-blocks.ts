// Advertisement, sponsored, newsletter and "related" blocks, removed from an HTML page before
// Readability reads it. Readability keeps an in-body block whose text looks like prose: a
// page with an "Advertisement / Sponsored: …" box inside the article body gave 3 junk
// sentences out of 7.

/**
 * Class and id words of promotional furniture. Matched as whole words of the class or id
 * (split on `-`, `_`, spaces and case changes), so `ad-slot` and `AdContainer` match but
 * `header`, `loaded` and `download` do not.
 */
const PROMO_NAME_WORDS = new Set([
  'ad',
  'ads',
  'adslot',
  'adunit',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'promotion',
  'newsletter',
  'signup',
  'related',
  'recommended',
  'recirculation',
  'outbrain',
  'taboola',
]);

/**
 * Whole texts that label a promotional block ("Advertisement", "Sponsored content",
 * "Related stories", "Sign up for our newsletter"). Compared after trimming, lower-casing
 * and dropping trailing punctuation; a sentence that merely mentions an advertisement is
 * never a label.
 */
const PROMO_LABEL =
  /^(?:advertisement|advertising|ad|sponsored(?: content| by .{1,40})?|paid (?:content|post|partner content)|promoted(?: content)?|partner content|(?:related|recommended|more)(?: stories| articles| coverage| reading| from .{1,30}| on this story)?|read (?:more|next)|you (?:may|might) also like|sign up (?:for|to) (?:our|the) .{0,40}newsletters?|(?:get|subscribe to) (?:our|the) .{0,40}newsletters?|newsletter)$/;

/**
 * Longest text a labelled block may hold to be removed whole. The promotional boxes written
 * for test/cli-html-to-text.test.ts hold up to ~320 characters; a news article body is
 * thousands, so a label can never take the article with it.
 */
export const MAX_PROMO_BLOCK_CHARS = 600;

/** Elements that hold the article itself: never removed, and a labelled block stops below them. */
const CONTENT_ROOTS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

// The part of linkedom's element interface used here.
interface PromoElement {
  tagName: string;
  textContent: string | null;
  parentElement: PromoElement | null;
  getAttribute(name: string): string | null;
  remove(): void;
}

/** Words of a class or id value: `AdContainer ad-slot_top` → ad, container, ad, slot, top. */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Whether an element's class, id or `data-ad*` attribute marks it as promotional furniture. */
export function isPromotionalByName(element: PromoElement): boolean {
  if (CONTENT_ROOTS.has(element.tagName.toUpperCase())) return false;
  if (element.getAttribute('data-ad') !== null || element.getAttribute('data-ad-slot') !== null) {
    return true;
  }
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return nameWords(names).some((word) => PROMO_NAME_WORDS.has(word));
}

/** Whether a whole text is a promotional label ("Advertisement", "Related stories"). */
export function isPromotionalLabel(text: string): boolean {
  // Labels are short: longer text is never one, and is not normalised at all.
  if (text.length > MAX_LABEL_LENGTH * 4) return false;
  const collapsed = text.replace(/\s+/g, ' ').trim().toLowerCase();
  let end = collapsed.length;
  while (end > 0 && TRAILING_LABEL_PUNCTUATION.has(collapsed[end - 1] as string)) end--;
  const normalized = collapsed.slice(0, end);
  return normalized.length <= MAX_LABEL_LENGTH && PROMO_LABEL.test(normalized);
}

/** Longest label text ("Sign up for our morning briefing newsletter" is 44 characters). */
const MAX_LABEL_LENGTH = 60;
/** Punctuation a label may end with ("Read more:", "Advertisement –"). */
const TRAILING_LABEL_PUNCTUATION = new Set([' ', ':', '.', '!', '…', '–', '—', '-']);

/**
 * The block a label stands for: its highest ancestor below the article's content root whose
 * text stays within {@link MAX_PROMO_BLOCK_CHARS}; the label alone when its parent is already
 * the content root or holds more.
 */
function labelledBlock(label: PromoElement): PromoElement {
  let block = label;
  let parent = label.parentElement;
  while (
    parent !== null &&
    !CONTENT_ROOTS.has(parent.tagName.toUpperCase()) &&
    (parent.textContent ?? '').length <= MAX_PROMO_BLOCK_CHARS
  ) {
    block = parent;
    parent = parent.parentElement;
  }
  return block;
}

/**
 * Removes promotional blocks from a parsed page in place: elements named as furniture (class,
 * id) and blocks labelled "Advertisement", "Sponsored", "Related stories", "Sign up for our
 * newsletter". Returns how many blocks it removed. Linear in the number of elements.
 */
export function removePromotionalBlocks(document: {
  querySelectorAll(selector: string): ArrayLike<PromoElement>;
}): number {
  const elements = Array.from(document.querySelectorAll('body *'));
  const doomed = new Set<PromoElement>();
  for (const element of elements) {
    if (isPromotionalByName(element)) {
      doomed.add(element);
      continue;
    }
    // A label is a short element whose whole text is the label (a <p>, <span>, <h2>…).
    const text = element.textContent ?? '';
    if (text.length <= MAX_LABEL_LENGTH && isPromotionalLabel(text)) {
      doomed.add(labelledBlock(element));
    }
  }
  let removed = 0;
  for (const element of doomed) {
    // An element inside one already removed is gone with it.
    let inside = false;
    for (let up = element.parentElement; up !== null; up = up.parentElement) {
      if (doomed.has(up)) {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    element.remove();
    removed++;
  }
  return removed;
}
