import { Box, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { ComputedFormula, FrameworkNodeFile } from '../../../../shared/contracts/frameworks.ts';
import { useNameOf } from '../../units/index.ts';
import { MethodBadge, ToConfirmMark } from '../badges.tsx';
import { useAssessmentFormat } from '../format.ts';

/** How a computed criterion is scored: "task completion rate: ≥ 100 % → 2; ≥ 80 % → 1". */
function FormulaLine({ formula }: { formula: ComputedFormula }) {
  const format = useAssessmentFormat();
  const steps = [...formula.thresholds].sort((a, b) => b.minPercent - a.minPercent);
  return (
    <Text size="xs" data-testid="node-formula">
      <FormattedMessage id={`assessments.measure.${formula.measure}`} />
      {': '}
      {steps.map((t, i) => (
        <span key={t.minPercent}>
          {i > 0 && '; '}
          <FormattedMessage id="assessments.framework.threshold" values={{ percent: format.limit(t.minPercent), points: format.points(t.points) }} />
        </span>
      ))}
    </Text>
  );
}

/**
 * One node of a framework with its children, indented: number, name in the reader's language
 * (with the usual fallback), maximum — marked when not confirmed — and, for a criterion
 * scored directly, how it is scored; guidance under it.
 */
export function FrameworkNodeItem({ node, depth }: { node: FrameworkNodeFile; depth: number }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const guidance = node.guidance ? nameOf(node.guidance) : '';
  return (
    <Box style={{ borderInlineStart: depth > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined }} ps={depth > 0 ? 'sm' : 0} data-testid={`node-${node.key}`}>
      <Stack gap={2} py={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text size="sm" fw={depth === 0 ? 700 : node.children?.length ? 600 : 400} style={{ minWidth: 0 }}>
            <Text span ff="monospace" c="dimmed" me={6}>
              {node.code}
            </Text>
            {nameOf(node.names) || node.key}
          </Text>
          <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="node-max">
            {format.points(node.max)}
          </Text>
        </Group>
        {(node.method || !node.maxVerified) && (
          <Group gap={4}>
            {node.method && <MethodBadge method={node.method} />}
            {!node.maxVerified && <ToConfirmMark />}
          </Group>
        )}
        {node.formula && <FormulaLine formula={node.formula} />}
        {guidance && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {guidance}
          </Text>
        )}
      </Stack>
      {node.children?.map((child) => (
        <FrameworkNodeItem key={child.key} node={child} depth={depth + 1} />
      ))}
    </Box>
  );
}
