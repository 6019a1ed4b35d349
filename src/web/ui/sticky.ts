import type { CSSProperties } from 'react';

/** A table's first column stays in view while the figures scroll sideways on a phone. */
export const STICKY: CSSProperties = { position: 'sticky', insetInlineStart: 0, background: 'var(--mantine-color-body)', zIndex: 1 };
