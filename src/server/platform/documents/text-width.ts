/**
 * How much room a text takes on a line, for every layout of the kit (Word columns, Excel
 * widths and row heights): one rule, so a Lao name is measured alike in both.
 */

/**
 * How wide a line of text reads, in characters: combining marks (Vietnamese tones, Lao, Thai
 * and Khmer vowels and tone marks above and below) stack on their base and take no width.
 */
export function visibleLength(text: string): number {
  return text.normalize('NFC').replace(/\p{M}/gu, '').length;
}

/** Base letters of Lao, Thai and Khmer are wider than a Latin digit. */
const WIDE_BASE = /[\u0E00-\u0EFF\u1780-\u17FF]/gu;

/** The width of a text on one line, in digits of the body font: its visible letters, the wide ones counting 1.3. */
export function textWidth(text: string): number {
  const wide = text.replace(/\p{M}/gu, '').match(WIDE_BASE)?.length ?? 0;
  return Math.round((visibleLength(text) + 0.3 * wide) * 10) / 10;
}
