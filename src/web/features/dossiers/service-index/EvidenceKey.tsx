import { Badge, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { SOURCE_COLOR } from './indicators.ts';

const SOURCES = ['dossiers', 'catalogue', 'entered', 'assumed', 'not_entered'] as const;
const MARKS = [
  { key: 'hypothesis', variant: 'filled', color: 'orange' },
  { key: 'observed', variant: 'outline', color: 'gray' },
] as const;

/** What the source badges and the evidence marks of the indicators mean, badge beside its meaning. */
export function EvidenceKey() {
  const rows = [
    ...SOURCES.map((s) => ({ key: s, badge: { variant: 'light', color: SOURCE_COLOR[s] ?? 'gray' }, labelId: `serviceIndex.source.${s}`, hintId: `serviceIndex.source.${s}Hint` })),
    ...MARKS.map((m) => ({ key: m.key, badge: { variant: m.variant, color: m.color }, labelId: `serviceIndex.evidence.${m.key}`, hintId: `serviceIndex.evidence.${m.key}Hint` })),
  ];
  return (
    <Paper withBorder p="md" radius="md" data-testid="evidence-key">
      <Stack gap="xs">
        <Title order={3} size="h5">
          <FormattedMessage id="serviceIndex.key.title" />
        </Title>
        {/* A grid, not a table: a badge's column is as wide as its label (a table would squeeze it). */}
        <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 12px', alignItems: 'start' }}>
          {rows.map((r) => (
            <Box key={r.key} style={{ display: 'contents' }}>
              <Box component="dt">
                <Badge size="md" variant={r.badge.variant} color={r.badge.color}>
                  <FormattedMessage id={r.labelId} />
                </Badge>
              </Box>
              <Text component="dd" size="sm" m={0}>
                <FormattedMessage id={r.hintId} />
              </Text>
            </Box>
          ))}
        </Box>
      </Stack>
    </Paper>
  );
}
