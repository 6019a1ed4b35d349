import { Button, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { staffing } from '../../../shared/domain/positions.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useStaffing } from './api.ts';

/** What was typed: a count, or null for a field left empty. */
const peopleOf = (typed: number | '' | undefined): number | null => (typeof typed === 'number' ? typed : null);

/** Staffing of an approved list: people in post per position (typed by the department), and the vacancies and excess against the approved posts. */
export function StaffingPanel({ list }: { list: PositionListView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const save = useStaffing(list.id);
  const [typed, setTyped] = useState<Record<string, number | ''>>(() => Object.fromEntries(list.items.map((p) => [p.code, p.incumbents ?? ''])));
  const editable = list.can.staff;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="positions-staffing">
          <Table.Thead>
            <Table.Tr>
              <Table.Th><FormattedMessage id="positions.items.title" /></Table.Th>
              <Table.Th ta="right"><FormattedMessage id="positions.items.posts" /></Table.Th>
              <Table.Th ta="right" w={130}><FormattedMessage id="positions.staffing.incumbents" /></Table.Th>
              <Table.Th ta="right"><FormattedMessage id="positions.staffing.vacancies" /></Table.Th>
              <Table.Th ta="right"><FormattedMessage id="positions.staffing.excess" /></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((p) => {
              const people = typed[p.code];
              const known = typeof people === 'number';
              return (
                <Table.Tr key={p.code} data-testid={`positions-staffing-${p.code}`}>
                  <Table.Td>
                    <Text size="xs" ff="monospace">{p.code}</Text>
                    <Text size="sm">{nameOf(p.title)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{intl.formatNumber(p.posts)}</Table.Td>
                  <Table.Td ta="right">
                    {editable ? (
                      <NumberInput size="xs" aria-label={intl.formatMessage({ id: 'positions.staffing.incumbents' })} value={people ?? ''} min={0} allowDecimal={false} allowNegative={false} onChange={(v) => setTyped((old) => ({ ...old, [p.code]: typeof v === 'number' ? v : '' }))} data-testid="positions-incumbents" />
                    ) : known ? (
                      intl.formatNumber(people)
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{known ? intl.formatNumber(staffing(p.posts, people).vacancies) : '—'}</Table.Td>
                  <Table.Td ta="right" c={known && people > p.posts ? 'red' : undefined}>{known ? intl.formatNumber(staffing(p.posts, people).excess) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {editable && (
        <div>
          <Button size="xs" loading={save.isPending} onClick={() => save.mutate(list.items.map((p) => ({ code: p.code, incumbents: peopleOf(typed[p.code]) })))} data-testid="positions-staffing-save">
            <FormattedMessage id="positions.staffing.save" />
          </Button>
        </div>
      )}
    </Stack>
  );
}
