/** Characters as a reader counts them: a Lao or Thai vowel mark stays with its consonant. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A label broken into lines of at most `width` characters at spaces, at most `lines` lines,
 * the last ending in "…" when the text does not fit: names at the spokes of a radar chart
 * (a word longer than a line is cut). Scripts written without spaces (Lao, Khmer, Thai) break
 * where the text has spaces and are cut otherwise; the full name stays in the tooltip and table.
 */
export function labelLines(text: string, width: number, lines: number): string[] {
  const chars = (s: string) => [...graphemes.segment(s)].map((g) => g.segment);
  const out: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (chars(next).length <= width) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = word;
    if (out.length === lines) break;
  }
  if (line && out.length < lines) out.push(line);
  const fits = out.join(' ') === words.join(' ');
  const cut = out.slice(0, lines).map((l) => (chars(l).length > width ? chars(l).slice(0, width).join('') : l));
  if (!fits || cut.some((l, i) => l !== out[i])) {
    const last = chars(cut[cut.length - 1]!);
    cut[cut.length - 1] = `${last.slice(0, Math.max(0, width - 1)).join('').trimEnd()}…`;
  }
  return cut;
}
