import { Anchor, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { PaperclipIcon } from '../../../ui/icons.tsx';
import { useFormatSize } from '../../../app/i18n/format.ts';
import type { LeafScore } from '../framework-tree.ts';

/** The evidence files attached to a criterion, by name and size, each a download link. */
export function EvidenceList({ round, unit, files }: { round: string; unit: string; files: LeafScore['evidence'] }) {
  const formatSize = useFormatSize();
  if (files.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="evidence-none">
        <FormattedMessage id="assessments.self.noEvidence" />
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid="evidence-list">
      <Text size="xs" fw={600}>
        <FormattedMessage id="assessments.self.evidenceAttached" values={{ count: files.length }} />
      </Text>
      {files.map((f) => (
        <Group key={f.sha256 + f.fileName} gap={4} wrap="nowrap">
          <PaperclipIcon size={12} />
          <Anchor size="xs" truncate="end" maw={280} data-testid="evidence-file" title={f.fileName} href={`/api/rounds/${encodeURIComponent(round)}/units/${encodeURIComponent(unit)}/evidence/${f.sha256}`} download={f.fileName}>
            {f.fileName}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatSize(f.size)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
