import { Accordion, Group, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useNameOf } from '../../units/index.ts';
import { MethodBadge } from '../badges.tsx';
import { useAssessmentFormat } from '../format.ts';
import type { AreaScore, IndexedNode, LeafScore } from '../framework-tree.ts';
import { STICKY } from '../../../ui/sticky.ts';

const COLUMNS = ['assessments.leaf.criterion', 'assessments.leaf.max', 'assessments.leaf.self', 'assessments.leaf.appraised', 'assessments.leaf.measured', 'assessments.leaf.points'];

interface Props {
  leaves: LeafScore[];
  areas: AreaScore[];
  nodes: ReadonlyMap<string, IndexedNode>;
}

function LeafRow({ leaf: l, node }: { leaf: LeafScore; node: IndexedNode | undefined }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const value = (v: number | null) => (v === null ? '—' : format.points(v));
  return (
    <Table.Tr data-testid={`leaf-row-${l.key}`}>
      {/* Narrow on a phone, so that the figures show beside it while the table scrolls. */}
      <Table.Td style={STICKY} w={{ base: 150, sm: '46%' }} miw={150}>
        <Text size="sm">
          <Text span ff="monospace" c="dimmed" me={4}>
            {l.code}
          </Text>
          {nameOf(node?.node.names ?? {}) || l.key}
        </Text>
        <Group gap={6} wrap="wrap">
          <MethodBadge method={l.method} />
          {l.evidence.length > 0 && (
            <Text size="xs" c="dimmed" title={l.evidence.map((e) => e.fileName).join(', ')}>
              <FormattedMessage id="assessments.leaf.evidenceCount" values={{ count: l.evidence.length }} />
            </Text>
          )}
        </Group>
        {l.explanation && (
          <Text size="xs" c="dimmed" lineClamp={1} title={l.explanation}>
            {l.explanation}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="end">{format.points(l.max)}</Table.Td>
      <Table.Td ta="end" data-testid="leaf-self">
        {value(l.self)}
      </Table.Td>
      <Table.Td ta="end" data-testid="leaf-appraised" maw={240}>
        <Text size="sm" fw={l.appraised === null ? undefined : 700} c={l.appraised === null ? undefined : 'orange.8'}>
          {value(l.appraised)}
        </Text>
        {l.appraisalReason && (
          <Text size="xs" c="dimmed" data-testid="leaf-appraisal-reason">
            {l.appraisalReason}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="end">{value(l.survey ?? l.computed)}</Table.Td>
      <Table.Td ta="end" fw={700} data-testid="leaf-points">
        {format.points(l.points)}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Every scored criterion of the unit, by area (one opens at a time or several): the
 * self-score with its explanation and evidence files, the appraised score with its reason,
 * the survey or computed value, and the points that count.
 */
export function LeavesTable({ leaves, areas, nodes }: Props) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  return (
    <Accordion multiple variant="separated" defaultValue={[areas[0]?.key ?? '']} data-testid="leaves-table">
      {areas.map((area) => (
        <Accordion.Item key={area.key} value={area.key}>
          <Accordion.Control data-testid={`leaves-area-${area.key}`}>
            <Group justify="space-between" wrap="nowrap" gap="sm" pe="xs">
              <Text fw={700} size="sm">
                {area.code}. {nameOf(area.names)}
              </Text>
              <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {format.points(area.points)} / {format.points(area.max)}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Table.ScrollContainer minWidth={720}>
              <Table fz="sm" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    {COLUMNS.map((id, i) => (
                      <Table.Th key={id} style={i === 0 ? STICKY : undefined} ta={i === 0 ? undefined : 'end'}>
                        <FormattedMessage id={id} />
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {leaves
                    .filter((l) => nodes.get(l.key)?.areaKey === area.key)
                    .map((l) => (
                      <LeafRow key={l.key} leaf={l} node={nodes.get(l.key)} />
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
