import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { RegisterPage } from '../../ui/RegisterPage.tsx';
import { useNameOf } from '../units/index.ts';
import { useInspections } from './api.ts';
import { InspectionsReport } from './InspectionsReport.tsx';
import { NewInspectionModal } from './NewInspectionModal.tsx';

/** /inspections: inspections of the units in scope, with findings fixed of findings made and overdue remedies today; recording one. */
export function InspectionsPage() {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const canRead = useCan('followups.read');
  const canManage = useCan('followups.manage');
  const list = useInspections();
  const [opening, setOpening] = useState(false);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  return (
    <RegisterPage
      titleId="inspections.title"
      introId="inspections.intro"
      emptyId="inspections.empty"
      create={canManage ? { labelId: 'inspections.new.button', testId: 'inspections-new', onClick: () => setOpening(true) } : null}
      state={list}
      isEmpty={() => list.data!.inspections.length === 0}
      list={() => (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="inspections-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th><FormattedMessage id="inspections.inspection" /></Table.Th>
                <Table.Th><FormattedMessage id="inspections.inspectedUnit" /></Table.Th>
                <Table.Th><FormattedMessage id="inspections.fixedHeading" /></Table.Th>
                <Table.Th><FormattedMessage id="inspections.overdueHeading" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...list.data!.inspections].reverse().map((i) => (
                <Table.Tr key={i.code} data-testid={`inspection-${i.code}`}>
                  <Table.Td>
                    <Text size="sm" fw={600} component="a" {...linkProps(paths.inspection(i.code))}>
                      {nameOf(i.body)} · {i.decisionNo}
                    </Text>
                    <Text size="xs" c="dimmed">{intl.formatMessage({ id: 'inspections.decisionLine' }, { date: day(i.decisionDate), from: day(i.coveredFrom), to: day(i.coveredTo) })}</Text>
                  </Table.Td>
                  <Table.Td><Text size="sm">{nameOf(i.inspectedUnit.names)}</Text></Table.Td>
                  <Table.Td><Text size="sm" data-testid="inspection-fixed">{intl.formatMessage({ id: 'inspections.fixedOf' }, { fixed: i.figures.fixed, findings: i.figures.findings })}</Text></Table.Td>
                  <Table.Td><Text size="sm" c={i.figures.overdue ? 'red' : undefined}>{intl.formatNumber(i.figures.overdue)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      after={
        <>
          <InspectionsReport />
          {opening && <NewInspectionModal onClose={() => setOpening(false)} />}
        </>
      }
    />
  );
}
