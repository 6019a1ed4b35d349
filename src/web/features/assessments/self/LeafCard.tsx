import { Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FrameworkNodeFile } from '../../../../shared/contracts/frameworks.ts';
import { useNameOf } from '../../units/index.ts';
import { MethodBadge, ToConfirmMark } from '../badges.tsx';
import { useAssessmentFormat } from '../format.ts';
import type { LeafScore } from '../framework-tree.ts';
import { AppraisalForm } from './AppraisalForm.tsx';
import { SelfScoreForm } from './SelfScoreForm.tsx';

export const SELF_METHODS: readonly string[] = ['self', 'self_with_evidence'];

interface Props {
  round: string;
  unit: string;
  leaf: LeafScore;
  node: FrameworkNodeFile | undefined;
  mode: 'self' | 'appraise';
  locked: boolean;
}

/** Survey and computed criteria are not scored here: their points, when known, are shown. */
function MeasuredLine({ leaf }: { leaf: LeafScore }) {
  const format = useAssessmentFormat();
  const value = leaf.method === 'survey' ? leaf.survey : leaf.computed;
  return (
    <Text size="sm" c="dimmed" data-testid="measured">
      <FormattedMessage id={`assessments.self.measured.${leaf.method === 'survey' ? 'survey' : 'computed'}`} values={{ points: value === null ? '—' : format.points(value) }} />
    </Text>
  );
}

/** One criterion: number, name, maximum, how it is scored and its guidance, then its form. */
export function LeafCard({ round, unit, leaf, node, mode, locked }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const guidance = node?.guidance ? nameOf(node.guidance) : '';
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`leaf-${leaf.key}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text size="sm" fw={600} style={{ minWidth: 0 }}>
            <Text span ff="monospace" c="dimmed" me={6}>
              {leaf.code}
            </Text>
            {(node && nameOf(node.names)) || leaf.key}
          </Text>
          <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
            <FormattedMessage id="assessments.maxOf" values={{ max: format.points(leaf.max) }} />
          </Text>
        </Group>
        <Group gap={4}>
          <MethodBadge method={leaf.method} />
          {node && !node.maxVerified && <ToConfirmMark />}
        </Group>
        {guidance && (
          // Two lines of guidance (xs text), then "more".
          <Spoiler maxHeight={38} showLabel={intl.formatMessage({ id: 'assessments.self.more' })} hideLabel={intl.formatMessage({ id: 'assessments.self.less' })} styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {guidance}
            </Text>
          </Spoiler>
        )}
        {!SELF_METHODS.includes(leaf.method) ? (
          <MeasuredLine leaf={leaf} />
        ) : mode === 'self' ? (
          <SelfScoreForm round={round} unit={unit} leaf={leaf} locked={locked} />
        ) : (
          <AppraisalForm round={round} unit={unit} leaf={leaf} locked={locked} />
        )}
      </Stack>
    </Paper>
  );
}
