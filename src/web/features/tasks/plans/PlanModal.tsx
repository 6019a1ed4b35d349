import { useState } from 'react';
import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { PLAN_KINDS, planInput, type Plan } from '../../../../shared/contracts/tasks.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useMe } from '../../../app/api/session.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { LocalizedNamesFields, cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { todayLocal, UnitPicker } from '../../units/index.ts';
import { useCreatePlan, useUpdatePlan } from '../api.ts';

type Kind = (typeof PLAN_KINDS)[number];
const isKind = (v: string | null): v is Kind => v !== null && (PLAN_KINDS as readonly string[]).includes(v);

/** A blank optional date is sent as null. */
const orNull = (date: string) => (date.trim() ? date : null);

/**
 * New plan, or edits to one (its code stays). The plan belongs to a unit — usually the
 * province — whose secretariat manages it; saving an imported, incomplete plan completes it.
 */
export function PlanModal({ plan, onClose }: { plan?: Plan; onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const me = useMe();
  const defaultUnit = me.grants.find((g) => g.unitCode !== null && (g.role === 'secretariat' || g.role === 'administrator'))?.unitCode ?? null;
  const [code, setCode] = useState(plan?.code ?? '');
  const [title, setTitle] = useState<LocalizedNames>(plan?.title ?? {});
  const [kind, setKind] = useState<Kind>(plan?.kind ?? 'provincial_plan');
  const [unitCode, setUnitCode] = useState<string | null>(plan?.unitCode ?? defaultUnit);
  const [year, setYear] = useState<number | string>(plan?.year ?? new Date().getFullYear());
  const [periodFrom, setPeriodFrom] = useState(plan?.periodFrom ?? '');
  const [periodTo, setPeriodTo] = useState(plan?.periodTo ?? '');
  const [issuingBody, setIssuingBody] = useState(plan?.issuingBody ?? '');
  const [documentNumber, setDocumentNumber] = useState(plan?.documentNumber ?? '');
  const [documentDate, setDocumentDate] = useState(plan?.documentDate ?? '');
  const create = useCreatePlan();
  const update = useUpdatePlan(plan?.code ?? '');
  const mutation = plan ? update : create;
  const { t, setErrors } = useFieldErrors(mutation.error);

  const submit = () => {
    const request = {
      code,
      title: cleanNames(title),
      kind,
      unitCode: unitCode ?? '',
      year: typeof year === 'number' ? year : Number.NaN,
      periodFrom: orNull(periodFrom),
      periodTo: orNull(periodTo),
      issuingBody,
      documentNumber,
      documentDate: orNull(documentDate),
    };
    const checked = validate(planInput, request);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    mutation.mutate(checked.data, {
      onSuccess: (saved) => {
        onClose();
        navigate(paths.plan(saved.code));
      },
    });
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      titleId={plan ? 'plans.editTitle' : 'plans.create'}
      titleValues={plan ? { code: plan.code } : undefined}
      submitId={plan ? 'app.save' : 'plans.createSubmit'}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      size="xl"
      testId="plan-form"
    >
      {plan ? (
        <Text size="sm">
          {intl.formatMessage({ id: 'plans.field.code' })}: <b>{plan.code}</b>
        </Text>
      ) : (
        <TextInput label={intl.formatMessage({ id: 'plans.field.code' })} description={intl.formatMessage({ id: 'plans.field.codeHint' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} withAsterisk error={t('code')} styles={MONO_INPUT} data-testid="plan-code" />
      )}
      <Text size="sm" fw={500}>
        {intl.formatMessage({ id: 'plans.field.title' })}
      </Text>
      <LocalizedNamesFields value={title} onChange={setTitle} locale={locale} labelId="plans.field.titleIn" error={t('title') && intl.formatMessage({ id: 'tasks.titleRequired' })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <Select
          label={intl.formatMessage({ id: 'plans.field.kind' })}
          data={PLAN_KINDS.map((k) => ({ value: k, label: intl.formatMessage({ id: `plans.kind.${k}` }) }))}
          value={kind}
          onChange={(v) => isKind(v) && setKind(v)}
          allowDeselect={false}
          withAsterisk
          data-testid="plan-kind"
        />
        <UnitPicker labelId="plans.field.unit" description={intl.formatMessage({ id: 'plans.field.unitHint' })} asOf={todayLocal()} value={unitCode} onChange={setUnitCode} clearable={false} required error={t('unitCode')} testId="plan-unit" />
        <TextInput label={intl.formatMessage({ id: 'plans.field.issuingBody' })} placeholder={intl.formatMessage({ id: 'plans.field.issuingBodyExample' })} value={issuingBody} onChange={(e) => setIssuingBody(e.currentTarget.value)} error={t('issuingBody')} data-testid="plan-issuing-body" />
        <TextInput label={intl.formatMessage({ id: 'plans.field.documentNumber' })} placeholder="05-CV/BCĐ" value={documentNumber} onChange={(e) => setDocumentNumber(e.currentTarget.value)} error={t('documentNumber')} data-testid="plan-document-number" />
        <DateField labelId="plans.field.documentDate" value={documentDate} onChange={setDocumentDate} error={t('documentDate')} />
        <NumberInput label={intl.formatMessage({ id: 'plans.field.year' })} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} thousandSeparator="" withAsterisk error={t('year')} data-testid="plan-year" />
        <DateField labelId="plans.field.periodFrom" value={periodFrom} onChange={setPeriodFrom} error={t('periodFrom')} />
        <DateField labelId="plans.field.periodTo" value={periodTo} onChange={setPeriodTo} error={t('periodTo')} />
      </SimpleGrid>
    </FormModal>
  );
}
