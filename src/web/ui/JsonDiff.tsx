import { Code, Text } from '@mantine/core';

interface Line {
  key: string;
  before: string | null;
  after: string | null;
}

const MAX = 160;

function compact(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields that differ between two audit snapshots, one line per field. */
export function diffLines(before: unknown, after: unknown): Line[] {
  if (!isRecord(before) || !isRecord(after)) {
    return [{ key: '', before: compact(before), after: compact(after) }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => ({ key, before: compact(before[key]), after: compact(after[key]) }));
}

/** before → after as compact JSON; "∅" marks a missing side. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const lines = diffLines(before, after);
  if (lines.length === 0) return <Text size="xs" c="dimmed">∅</Text>;
  return (
    <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {lines
        .map((line) => `${line.key ? `${line.key}: ` : ''}${line.before ?? '∅'} → ${line.after ?? '∅'}`)
        .join('\n')}
    </Code>
  );
}
