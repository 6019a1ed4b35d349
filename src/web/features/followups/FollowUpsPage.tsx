import { useState } from 'react';
import { Button, Checkbox, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { FOLLOW_UP_STATUSES, SOURCE_KINDS } from '../../../shared/domain/follow-ups.ts';
import { useCan } from '../../app/api/session.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { todayLocal, UnitPicker, useNameOf } from '../units/index.ts';
import { useFollowUpFields, useFollowUps } from './api.ts';
import { ItemsTable } from './ItemsTable.tsx';
import { FieldsModal } from './FieldsModal.tsx';
import { RaiseModal } from './RaiseModal.tsx';

/** The register of follow-up items in the reader's scope, filtered; raising an item for a unit. */
export function FollowUpsPage() {
  const intl = useIntl();
  const nameOf = useNameOf();
  const fields = useFollowUpFields();
  const mayRaise = useCan('followups.raise');
  const [unit, setUnit] = useState<string | null>(null);
  const [descendants, setDescendants] = useState(true);
  const [status, setStatus] = useState<string | null>(null);
  const [field, setField] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [raising, setRaising] = useState(false);
  const [editingFields, setEditingFields] = useState(false);
  const mayManage = useCan('followups.manage');
  const query = new URLSearchParams({ ...(unit ? { unit, descendants: String(descendants) } : {}), ...(status ? { status } : {}), ...(field ? { field } : {}), ...(source ? { source } : {}), ...(overdue ? { overdue: 'true' } : {}) }).toString();
  const items = useFollowUps(query);
  const label = (id: string) => intl.formatMessage({ id });

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>
            <FormattedMessage id="followUps.register" />
          </Title>
          <Text c="dimmed" size="sm">
            <FormattedMessage id="followUps.intro" />
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" {...linkProps(paths.followUpStatistics())} component="a">
            <FormattedMessage id="followUps.statisticsTitle" />
          </Button>
          {mayManage && (
            <Button variant="default" onClick={() => setEditingFields(true)} data-testid="follow-up-fields-open">
              <FormattedMessage id="followUps.fields.title" />
            </Button>
          )}
          {mayRaise && (
            <Button onClick={() => setRaising(true)} data-testid="follow-up-raise">
              <FormattedMessage id="followUps.raise" />
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap" data-testid="follow-up-filters">
        <UnitPicker labelId="followUps.unit" asOf={todayLocal()} value={unit} onChange={setUnit} testId="follow-up-filter-unit" />
        <Checkbox label={label('followUps.descendants')} checked={descendants} onChange={(e) => setDescendants(e.currentTarget.checked)} disabled={!unit} />
        <Select label={label('followUps.statusLabel')} placeholder={label('followUps.all')} data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: label(`followUps.status.${s}`) }))} value={status} onChange={setStatus} clearable data-testid="follow-up-filter-status" />
        <Select label={label('followUps.field')} placeholder={label('followUps.all')} data={(fields.data ?? []).map((f) => ({ value: f.code, label: nameOf(f.names) }))} value={field} onChange={setField} clearable searchable />
        <Select label={label('followUps.source')} placeholder={label('followUps.all')} data={SOURCE_KINDS.map((s) => ({ value: s, label: label(`followUps.sources.${s}`) }))} value={source} onChange={setSource} clearable />
        <Checkbox label={label('followUps.onlyOverdue')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} data-testid="follow-up-filter-overdue" />
      </Group>
      {items.isPending ? <Loader /> : items.isError ? <ErrorAlert error={items.error} /> : <ItemsTable items={items.data} />}
      {raising && <RaiseModal onClose={() => setRaising(false)} />}
      {editingFields && <FieldsModal onClose={() => setEditingFields(false)} />}
    </Stack>
  );
}
