import { Anchor, Box, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import { linkProps } from '../../../app/router/router.ts';
import { useNameOf } from '../../units/index.ts';
import { HEAT_STEPS, heatColor } from '../bands.ts';
import { useAssessmentFormat } from '../format.ts';
import type { UnitResult } from '../framework-tree.ts';
import { STICKY } from '../../../ui/sticky.ts';

interface Props {
  units: UnitResult[];
  framework: FrameworkFile | null;
  nameOf: (code: string) => string;
  hrefFor: (unit: string) => string;
}

/** The heat key: what each cell colour means. */
function HeatKey() {
  const format = useAssessmentFormat();
  return (
    <Group gap="sm">
      {HEAT_STEPS.map((s, i) => (
        <Group key={s.from} gap={4} wrap="nowrap">
          <Box w={14} h={14} style={{ background: s.color, borderRadius: 2 }} aria-hidden />
          <Text size="xs" c="dimmed">
            {i === 0 ? (
              <FormattedMessage id="assessments.heat.from" values={{ from: format.limit(s.from) }} />
            ) : (
              <FormattedMessage id="assessments.heat.range" values={{ from: format.limit(s.from), to: format.limit(HEAT_STEPS[i - 1]!.from) }} />
            )}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Each unit's component index per area (points ÷ the area's maximum) as a heat table: rows
 * ranked, a column per area numbered as in the framework, its name in the header's tooltip
 * and in the key below.
 */
export function AreaHeatTable({ units, framework, nameOf, hrefFor }: Props) {
  const intl = useIntl();
  const names = useNameOf();
  const format = useAssessmentFormat();
  const areas = (units[0]?.areas ?? []).map((a) => {
    const node = framework?.areas.find((n) => n.key === a.key);
    return { key: a.key, code: node?.code ?? a.key, name: node ? names(node.names) : a.key, max: a.max };
  });
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={180 + areas.length * 72}>
        <Table fz="sm" verticalSpacing={4} withColumnBorders data-testid="area-heat-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={STICKY}>
                <FormattedMessage id="assessments.league.unit" />
              </Table.Th>
              {areas.map((a) => (
                <Table.Th key={a.key} ta="center">
                  <Tooltip label={`${a.code}. ${a.name} (${intl.formatMessage({ id: 'assessments.maxOf' }, { max: format.points(a.max) })})`} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
                    <Text span size="sm" fw={700} tabIndex={0}>
                      {a.code}
                    </Text>
                  </Tooltip>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.unit} data-testid={`heat-row-${u.unit}`}>
                <Table.Td style={STICKY} maw={{ base: 150, sm: 300 }}>
                  <Anchor size="sm" {...linkProps(hrefFor(u.unit))} lineClamp={2}>
                    {nameOf(u.unit)}
                  </Anchor>
                </Table.Td>
                {u.areas.map((a) => (
                  <Table.Td key={a.key} ta="center" style={{ background: heatColor(a.percent), color: 'var(--mantine-color-black)', whiteSpace: 'nowrap' }} title={`${nameOf(u.unit)} · ${format.points(a.points)} / ${format.points(a.max)}`}>
                    {format.percent(a.percent, 1)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <HeatKey />
      <Box component="ol" style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} data-testid="area-key">
        {areas.map((a) => (
          <Text component="li" key={a.key} size="xs" c="dimmed">
            <Text span fw={700} c="var(--mantine-color-text)">
              {a.code}.
            </Text>{' '}
            {a.name} — <FormattedMessage id="assessments.maxOf" values={{ max: format.points(a.max) }} />
          </Text>
        ))}
      </Box>
    </Stack>
  );
}
