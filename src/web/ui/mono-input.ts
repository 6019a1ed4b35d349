/**
 * Codes are typed in a monospace font, but only the input itself: labels and hints keep
 * the interface font (monospace fonts lack Vietnamese, Lao, Khmer and Thai glyphs).
 */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } as const;
