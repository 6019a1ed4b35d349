import { textWidth } from './text-width.ts';

/**
 * Widths for a table's columns in proportion to what they hold, summing to `total`: a column
 * weighs its longest cell (capped at `max` characters: longer cells wrap) and its heading's
 * longest word (headings wrap between words), never less than `min`, plus `padding` for the
 * cell's margins, which a short column would otherwise lose its last letter to. So unit names
 * get the room and short figures stay narrow, instead of equal columns wrapping names over 3–4 lines.
 */
export function fitColumnWidths(columns: readonly (readonly string[])[], total: number, { min = 4, max = 40, padding = 2 } = {}): number[] {
  const weights = columns.map(([heading = '', ...cells]) => {
    const headingWord = Math.max(0, ...heading.split(/\s+/).map(textWidth));
    const longestCell = Math.max(0, ...cells.map(textWidth));
    return Math.min(max, Math.max(min, headingWord, longestCell)) + padding;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  // what flooring lost goes to the widest column, so the table spans exactly the width given
  const widest = weights.indexOf(Math.max(...weights));
  widths[widest]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
