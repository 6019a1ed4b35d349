import { useState } from 'react';
import { SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { AskedUnits } from '../../../shared/contracts/reporting.ts';
import { REPORTING_KINDS, type ReportingKind } from '../../../shared/domain/reporting.ts';
import { useMe } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { cleanNames, LocalizedNamesFields } from '../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { todayLocal, UnitMultiPicker, UnitPicker, useGroupName, useNameOf, useUnitGroups } from '../units/index.ts';
import { useCommitteeChoices, useCreateReportingRound } from './api.ts';

/** The official windows a round usually covers, for this year (any period of shared/domain/periods.ts may be typed). */
const periodsOf = (year: number) => [`report:${year}-Q1`, `report:${year}-6M`, `report:${year}-9M`, `report:${year}`];

/** A period's year (report:2026-6M → 2026): whose key units a committee's round asks. */
const yearOf = (period: string, fallback: number) => Number(/\d{4}/.exec(period)?.[0] ?? fallback);

/**
 * Opening a reporting round (the secretariat): code, names, kind and period, the owner unit
 * (the secretariat's own by default), the units asked — a unit group under the owner unit, a
 * steering committee's key units for the period's year, or a list — the deadline and the figures' cut-off. The server checks the rest (a deadline
 * before the period, an unknown unit) and says why; the new round's page opens once created.
 */
export function NewRoundModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const me = useMe();
  const groups = useUnitGroups();
  const groupName = useGroupName();
  const nameOf = useNameOf();
  const create = useCreateReportingRound();
  const year = new Date().getFullYear();
  const [code, setCode] = useState('');
  const [names, setNames] = useState({});
  const [kind, setKind] = useState<ReportingKind>('six_months');
  const [period, setPeriod] = useState<string | null>(`report:${year}-6M`);
  const [owner, setOwner] = useState<string | null>(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null);
  const [askBy, setAskBy] = useState<AskedUnits['kind']>('group');
  const [groupCode, setGroupCode] = useState<string | null>('provincial_departments');
  const [unitCodes, setUnitCodes] = useState<string[]>([]);
  const [committeeCode, setCommitteeCode] = useState<string | null>(null);
  const committees = useCommitteeChoices(askBy === 'key_units');
  const [deadline, setDeadline] = useState('');
  const [cutoffDate, setCutoffDate] = useState('');
  const [missing, setMissing] = useState(false);
  const required = intl.formatMessage({ id: 'validation.required' });

  const noNames = Object.keys(cleanNames(names)).length === 0;
  const submit = () => {
    const chosen: Record<AskedUnits['kind'], AskedUnits | null> = {
      group: groupCode ? { kind: 'group', groupCode } : null,
      key_units: committeeCode && period ? { kind: 'key_units', committeeCode, year: yearOf(period, year) } : null,
      list: unitCodes.length ? { kind: 'list', unitCodes } : null,
    };
    const asked = chosen[askBy];
    if (!code.trim() || !period || !owner || !asked || !deadline || !cutoffDate || noNames) {
      setMissing(true);
      return;
    }
    create.mutate(
      { code: code.trim(), names: cleanNames(names), kind, period, ownerUnitCode: owner, asked, deadline, cutoffDate, sections: [] },
      { onSuccess: (r) => navigate(paths.reportingRound(r.code)) },
    );
  };
  const need = (empty: boolean) => (missing && empty ? required : undefined);

  return (
    <FormModal opened onClose={onClose} titleId="reporting.new.title" submitId="reporting.new.submit" onSubmit={submit} pending={create.isPending} error={create.error} testId="reporting-new-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={intl.formatMessage({ id: 'reporting.new.code' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={need(!code.trim())} styles={MONO_INPUT} data-testid="reporting-new-code" required />
        <Select
          label={intl.formatMessage({ id: 'reporting.new.kind' })}
          data={REPORTING_KINDS.map((k) => ({ value: k, label: intl.formatMessage({ id: `reporting.kinds.${k}` }) }))}
          value={kind}
          onChange={(v) => v && setKind(v as ReportingKind)}
          allowDeselect={false}
        />
        <Select
          label={intl.formatMessage({ id: 'reporting.new.period' })}
          description={intl.formatMessage({ id: 'reporting.new.periodHint' })}
          data={periodsOf(year)}
          value={period}
          onChange={setPeriod}
          searchable
          error={need(!period)}
          data-testid="reporting-new-period"
        />
        <UnitPicker labelId="reporting.new.owner" asOf={todayLocal()} value={owner} onChange={setOwner} error={need(!owner)} required />
        <DateField labelId="reporting.new.deadline" value={deadline} onChange={setDeadline} error={need(!deadline)} required testId="reporting-new-deadline" />
        <DateField labelId="reporting.new.cutoff" value={cutoffDate} onChange={setCutoffDate} error={need(!cutoffDate)} required testId="reporting-new-cutoff" />
      </SimpleGrid>
      <LocalizedNamesFields value={names} onChange={setNames} locale={locale} labelId="reporting.new.nameIn" testIdPrefix="reporting-names" error={missing && noNames ? intl.formatMessage({ id: 'validation.nameRequired' }) : undefined} />
      <SegmentedControl
        value={askBy}
        onChange={(v) => setAskBy(v as AskedUnits['kind'])}
        data={[
          { value: 'group', label: intl.formatMessage({ id: 'reporting.new.askGroup' }) },
          { value: 'key_units', label: intl.formatMessage({ id: 'reporting.new.askKeyUnits' }) },
          { value: 'list', label: intl.formatMessage({ id: 'reporting.new.askList' }) },
        ]}
      />
      {askBy === 'group' ? (
        <Select label={intl.formatMessage({ id: 'reporting.new.group' })} data={(groups.data ?? []).map((g) => ({ value: g.code, label: groupName(g.code) }))} value={groupCode} onChange={setGroupCode} error={need(!groupCode)} />
      ) : askBy === 'key_units' ? (
        <Select
          label={intl.formatMessage({ id: 'reporting.new.committee' })}
          data={(committees.data ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${nameOf(c.names)}` }))}
          value={committeeCode}
          onChange={setCommitteeCode}
          searchable
          error={need(!committeeCode)}
          data-testid="reporting-new-committee"
        />
      ) : (
        <UnitMultiPicker labelId="reporting.new.units" asOf={todayLocal()} value={unitCodes} onChange={setUnitCodes} error={need(unitCodes.length === 0)} />
      )}
    </FormModal>
  );
}
