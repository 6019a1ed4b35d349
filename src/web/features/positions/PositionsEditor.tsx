import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { useSaveList } from './api.ts';
import { useCategoryOptions } from './categories.ts';
import { emptyRow, rowProblems, toInput, toRow, type PositionRow } from './position-rows.ts';

/**
 * The department's editor of its list (in draft, commented or returned): rows added, changed
 * and removed in the reader's language, then saved together. `onDirty` tells the page whether
 * there are changes not saved yet (a list is submitted as saved).
 */
export function PositionsEditor({ list, onDirty }: { list: PositionListView; onDirty: (dirty: boolean) => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const options = useCategoryOptions(list.unit.code);
  const save = useSaveList(list.id);
  const [rows, setRowsState] = useState<PositionRow[]>(() => list.items.map((p) => toRow(p, locale)));
  const [checked, setChecked] = useState(false);
  const setRows = (update: (rows: PositionRow[]) => PositionRow[]) => {
    setRowsState(update);
    onDirty(true);
  };
  const change = (key: number, patch: Partial<PositionRow>) => setRows((old) => old.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const problems = rowProblems(rows, locale);
  const bad = (key: number, field: 'code' | 'title' | 'category' | 'posts') => checked && (problems.get(key)?.has(field) ?? false);
  const t = (id: string) => intl.formatMessage({ id });
  const submit = () => {
    setChecked(true);
    if (problems.size > 0) return;
    save.mutate(rows.map((r) => toInput(r, locale)), { onSuccess: () => onDirty(false) });
  };
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={1120}>
        <Table verticalSpacing={4} data-testid="positions-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}><FormattedMessage id="positions.items.code" /></Table.Th>
              <Table.Th><FormattedMessage id="positions.items.title" /></Table.Th>
              <Table.Th w={210}><FormattedMessage id="positions.items.category" /></Table.Th>
              <Table.Th w={90}><FormattedMessage id="positions.items.grade" /></Table.Th>
              <Table.Th w={90}><FormattedMessage id="positions.items.posts" /></Table.Th>
              <Table.Th><FormattedMessage id="positions.items.duties" /></Table.Th>
              <Table.Th><FormattedMessage id="positions.items.qualifications" /></Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.key} data-testid={`position-row-${i}`}>
                <Table.Td>
                  <TextInput size="xs" aria-label={t('positions.items.code')} value={r.code} onChange={(e) => change(r.key, { code: e.currentTarget.value })} error={bad(r.key, 'code')} styles={MONO_INPUT} data-testid="position-code" />
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" aria-label={t('positions.items.title')} value={r.title} onChange={(e) => change(r.key, { title: e.currentTarget.value })} error={bad(r.key, 'title')} data-testid="position-title" />
                </Table.Td>
                <Table.Td>
                  <Select size="xs" aria-label={t('positions.items.category')} data={options} value={r.category || null} onChange={(v) => change(r.key, { category: v ?? '' })} error={bad(r.key, 'category')} allowDeselect={false} data-testid="position-category" />
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" aria-label={t('positions.items.grade')} value={r.grade} onChange={(e) => change(r.key, { grade: e.currentTarget.value })} data-testid="position-grade" />
                </Table.Td>
                <Table.Td>
                  <NumberInput size="xs" aria-label={t('positions.items.posts')} value={r.posts} min={0} allowDecimal={false} allowNegative={false} onChange={(v) => change(r.key, { posts: typeof v === 'number' ? v : '' })} error={bad(r.key, 'posts')} data-testid="position-posts" />
                </Table.Td>
                <Table.Td>
                  <Textarea size="xs" aria-label={t('positions.items.duties')} value={r.duties} autosize minRows={1} maxRows={4} onChange={(e) => change(r.key, { duties: e.currentTarget.value })} data-testid="position-duties" />
                </Table.Td>
                <Table.Td>
                  <Textarea size="xs" aria-label={t('positions.items.qualifications')} value={r.qualifications} autosize minRows={1} maxRows={4} onChange={(e) => change(r.key, { qualifications: e.currentTarget.value })} data-testid="position-qualifications" />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={t('positions.editor.remove')} onClick={() => setRows((old) => old.filter((x) => x.key !== r.key))} data-testid="position-remove">
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {checked && problems.size > 0 && (
        <Text size="sm" c="red" data-testid="positions-editor-problems">
          <FormattedMessage id="positions.editor.problems" values={{ count: problems.size }} />
        </Text>
      )}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group gap="xs">
        <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => setRows((old) => [...old, emptyRow(options[0]?.value ?? '')])} data-testid="position-add">
          <FormattedMessage id="positions.editor.add" />
        </Button>
        <Button size="xs" loading={save.isPending} onClick={submit} data-testid="positions-save">
          <FormattedMessage id="positions.editor.save" />
        </Button>
      </Group>
    </Stack>
  );
}
