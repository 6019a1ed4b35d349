import { useState } from 'react';
import { Alert, Box, Button, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../../../app/api/session.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { todayLocal, useNameOf, useUnitGroups, useUnitKinds, useUnitList } from '../../units/index.ts';
import { useFrameworks, useRounds } from '../api.ts';
import { BandsField } from './BandsField.tsx';
import { checkRound, createRoundServerErrors, DEFAULT_BANDS, participants, unitsOfGroup, unitsOfOtherTier, versionsByCode, type BandDraft } from './new-round.ts';
import { ParticipantsField } from './ParticipantsField.tsx';
import { useCreateRound } from './round-admin-api.ts';

/**
 * New assessment round (the secretariat): code and year, a framework version (the latest
 * unless chosen; the round freezes it), the unit group ranked together and its units taking
 * part, the data cut-off and deadlines, the previous round for year-over-year changes, and
 * the bands. Opens the new round's page once created.
 */
function NewRoundForm({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const frameworks = useFrameworks();
  const groups = useUnitGroups();
  const rounds = useRounds();
  const unitList = useUnitList(todayLocal());
  const kinds = useUnitKinds();
  const create = useCreateRound();
  const [code, setCode] = useState('');
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [frameworkCode, setFrameworkCode] = useState<string | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [groupCode, setGroupCode] = useState<string | null>(null);
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const [cutoffDate, setCutoffDate] = useState('');
  const [selfDeadline, setSelfDeadline] = useState('');
  const [appraisalDeadline, setAppraisalDeadline] = useState('');
  const [previousRoundCode, setPreviousRoundCode] = useState<string | null>(null);
  const [bands, setBands] = useState<BandDraft[]>(() => [...DEFAULT_BANDS]);
  const { t, setErrors } = useFieldErrors(create.error);
  const server = createRoundServerErrors(create.error);
  const errorOf = (field: string) => t(field) ?? (server[field] ? intl.formatMessage({ id: server[field] }) : undefined);

  const versions = versionsByCode(frameworks.data ?? []);
  const ofFramework = frameworkCode === null ? [] : (versions.get(frameworkCode) ?? []);
  const chosen = ofFramework.find((v) => v.version === version) ?? ofFramework[0];
  const groupUnits = unitList.data ? unitsOfGroup(unitList.data.units, groupCode) : undefined;
  const loadError = frameworks.error ?? groups.error ?? rounds.error;
  const unitCodes = participants(groupUnits ?? [], unticked);
  const tierOf = (kind: string) => kinds.data?.find((k) => k.code === kind)?.tier;
  const otherTier = chosen && groupUnits ? unitsOfOtherTier(groupUnits, unitCodes, chosen.subject, tierOf).length : 0;
  const subjectId = `assessments.subject.${chosen?.subject ?? ''}`;

  const submit = () => {
    const checked = checkRound({ code, year, frameworkCode, frameworkVersion: chosen?.version ?? null, groupCode, unitCodes, selfAssessmentDeadline: selfDeadline, appraisalDeadline, cutoffDate, previousRoundCode, bands });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: () => {
        onClose();
        navigate(paths.round(checked.data.code));
      },
    });
  };

  return (
    <FormModal opened onClose={onClose} titleId="assessments.roundAdmin.title" submitId="assessments.roundAdmin.submit" onSubmit={submit} pending={create.isPending} error={create.error} size="xl" testId="round-form">
      {loadError ? <ErrorAlert error={loadError} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput label={intl.formatMessage({ id: 'assessments.roundAdmin.code' })} description={intl.formatMessage({ id: 'assessments.roundAdmin.codeHint' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} maxLength={64} withAsterisk error={errorOf('code')} styles={MONO_INPUT} data-testid="round-form-code" />
        <NumberInput label={intl.formatMessage({ id: 'assessments.roundAdmin.year' })} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} thousandSeparator="" withAsterisk error={errorOf('year')} data-testid="round-form-year" />
        <Select
          label={intl.formatMessage({ id: 'assessments.roundAdmin.framework' })}
          data={[...versions.entries()].map(([value, [latest]]) => ({ value, label: intl.formatMessage({ id: 'assessments.roundAdmin.frameworkOption' }, { name: nameOf(latest!.names) || value, code: value }) }))}
          value={frameworkCode}
          onChange={(v) => {
            setFrameworkCode(v);
            setVersion(null);
          }}
          searchable
          withAsterisk
          error={errorOf('frameworkCode')}
          data-testid="round-form-framework"
        />
        <Select
          label={intl.formatMessage({ id: 'assessments.roundAdmin.version' })}
          description={chosen ? intl.formatMessage({ id: chosen.frozen ? 'assessments.roundAdmin.versionFrozen' : 'assessments.roundAdmin.versionWillFreeze' }) : undefined}
          data={ofFramework.map((v, i) => ({ value: String(v.version), label: intl.formatMessage({ id: i === 0 ? 'assessments.roundAdmin.versionLatest' : 'assessments.roundAdmin.versionOption' }, { version: v.version, year: v.year }) }))}
          value={chosen ? String(chosen.version) : null}
          onChange={(v) => setVersion(v === null ? null : Number(v))}
          allowDeselect={false}
          disabled={!chosen}
          error={errorOf('frameworkVersion')}
          data-testid="round-form-version"
        />
        <Select
          label={intl.formatMessage({ id: 'assessments.roundAdmin.group' })}
          data={(groups.data ?? []).map((g) => ({ value: g.code, label: nameOf(g.names) || g.code }))}
          value={groupCode}
          onChange={(v) => {
            setGroupCode(v);
            setUnticked(new Set());
          }}
          withAsterisk
          error={errorOf('groupCode')}
          data-testid="round-form-group"
        />
        <Select
          label={intl.formatMessage({ id: 'assessments.roundAdmin.previous' })}
          placeholder={intl.formatMessage({ id: 'assessments.roundAdmin.previousNone' })}
          data={[...(rounds.data ?? [])].reverse().map((r) => ({ value: r.code, label: intl.formatMessage({ id: 'assessments.roundAdmin.roundOption' }, { code: r.code, year: r.year }) }))}
          value={previousRoundCode}
          onChange={setPreviousRoundCode}
          clearable
          searchable
          error={errorOf('previousRoundCode')}
          data-testid="round-form-previous"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
        <Box data-testid="round-form-cutoff">
          <DateField labelId="assessments.roundAdmin.cutoff" value={cutoffDate} onChange={setCutoffDate} error={errorOf('cutoffDate')} required />
        </Box>
        <Box data-testid="round-form-self-deadline">
          <DateField labelId="assessments.roundAdmin.selfDeadline" value={selfDeadline} onChange={setSelfDeadline} error={errorOf('selfAssessmentDeadline')} />
        </Box>
        <Box data-testid="round-form-appraisal-deadline">
          <DateField labelId="assessments.roundAdmin.appraisalDeadline" value={appraisalDeadline} onChange={setAppraisalDeadline} error={errorOf('appraisalDeadline')} />
        </Box>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="assessments.roundAdmin.datesHint" />
      </Text>
      <ParticipantsField groupCode={groupCode} units={groupUnits} loadError={unitList.error} unticked={unticked} onChange={setUnticked} error={errorOf('unitCodes')} />
      {otherTier > 0 && (
        <Alert color="yellow" data-testid="round-form-other-tier">
          <FormattedMessage id="assessments.roundAdmin.otherTier" values={{ subject: subjectId in intl.messages ? intl.formatMessage({ id: subjectId }) : chosen!.subject, count: otherTier }} />
        </Alert>
      )}
      <BandsField bands={bands} onChange={setBands} errorOf={errorOf} />
    </FormModal>
  );
}

/** "New round" on the rounds list, for the secretariat (assessments.manage). */
export function NewRoundButton() {
  const canManage = useCan('assessments.manage');
  const [open, setOpen] = useState(false);
  if (!canManage) return null;
  return (
    <>
      <Button size="xs" onClick={() => setOpen(true)} data-testid="round-new">
        <FormattedMessage id="assessments.roundAdmin.new" />
      </Button>
      {open && <NewRoundForm onClose={() => setOpen(false)} />}
    </>
  );
}
