import { MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { sampleTargets, type SampleDesign } from '../../../shared/domain/survey-sampling.ts';
import { DateField } from '../../ui/DateField.tsx';
import { todayLocal, useNameOf, useUnitList } from '../units/index.ts';
import { subtreeOf } from './survey-view.ts';

export type PopulationSource = 'typed' | 'dossiers';

/** The population part of a new wave, as the form holds it (numbers as typed: '' until a number is given). */
export interface PopulationDraft {
  source: PopulationSource;
  units: string[];
  typed: Record<string, number | ''>;
  /** the dossiers counted: resolved between these days ('' = the wave's own period) */
  from: string;
  to: string;
  /** dossiers only: each unit's target shared among its procedures */
  byProcedure: boolean;
  /** dossiers only: draw each unit's (or procedure's) target of resolved dossiers, by code */
  sample: boolean;
  /** the draw's seed ('' = a random one, kept with the wave) */
  seed: number | '';
}

export const emptyPopulation = (): PopulationDraft => ({ source: 'typed', units: [], typed: {}, from: '', to: '', byProcedure: false, sample: false, seed: '' });

interface Props {
  value: PopulationDraft;
  onChange: (value: PopulationDraft) => void;
  /** the wave's unit: the units asked are it or under it */
  scope: string | null;
  asOf: string;
  design: SampleDesign;
  /** the margin as a fraction (0.05), or null while it is not a valid number */
  margin: number | null;
  /** show "required" on what is missing */
  showMissing: boolean;
  /** the server's or the contract's word on the seed (translated) */
  seedError?: string | undefined;
}

/** The targets the server will set, worked out in the browser with the same shared function, while populations are typed. */
function useTargets(value: PopulationDraft, design: SampleDesign, margin: number | null) {
  return useMemo(() => {
    if (margin === null || value.source !== 'typed') return null;
    const strata = value.units.map((u) => ({ key: u, population: value.typed[u] === '' || value.typed[u] === undefined ? 0 : Number(value.typed[u]) }));
    try {
      return sampleTargets(strata, design, margin);
    } catch {
      return null; // a margin of more than six decimals: the server refuses it too
    }
  }, [value, design, margin]);
}

/**
 * Which units a wave asks (the scope and units under it) and their populations: typed in, with
 * each unit's sample target shown as it will be set, or counted from the dossiers each unit
 * resolved (in the wave's period unless another is given), optionally by procedure and with a
 * drawn sample of those dossiers.
 */
export function PopulationFields({ value, onChange, scope, asOf, design, margin, showMissing, seedError }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const list = useUnitList(isIsoDate(asOf) ? asOf : todayLocal());
  const set = (patch: Partial<PopulationDraft>) => onChange({ ...value, ...patch });
  const targets = useTargets(value, design, margin);
  const units = list.data?.units ?? [];
  const inScope = scope ? subtreeOf(units, scope) : new Set<string>();
  const options = units.filter((u) => inScope.has(u.code)).map((u) => ({ value: u.code, label: `${nameOf(u.names) || u.code} · ${u.code}` }));
  const unitName = (code: string) => nameOf(units.find((u) => u.code === code)?.names ?? {}) || code;
  const required = intl.formatMessage({ id: 'validation.required' });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        <FormattedMessage id="surveys.newWave.population" />
      </Text>
      <SegmentedControl
        value={value.source}
        onChange={(v) => set({ source: v as PopulationSource })}
        data={[
          { value: 'typed', label: intl.formatMessage({ id: 'surveys.newWave.sourceTyped' }) },
          { value: 'dossiers', label: intl.formatMessage({ id: 'surveys.newWave.sourceDossiers' }) },
        ]}
        fullWidth
        data-testid="wave-new-source"
      />
      <MultiSelect
        label={intl.formatMessage({ id: 'surveys.newWave.units' })}
        description={intl.formatMessage({ id: scope ? 'surveys.newWave.unitsHint' : 'surveys.newWave.scopeFirst' })}
        data={options}
        value={value.units.filter((u) => inScope.has(u))}
        onChange={(codes) => set({ units: codes })}
        searchable
        limit={100}
        disabled={!scope || list.isPending}
        nothingFoundMessage={intl.formatMessage({ id: 'units.search.none' })}
        error={showMissing && value.units.length === 0 ? required : undefined}
        withAsterisk
        data-testid="wave-new-units"
      />
      {value.source === 'typed' && value.units.length > 0 && (
        <Table.ScrollContainer minWidth={300}>
          <Table fz="sm" verticalSpacing={4} data-testid="wave-new-populations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th><FormattedMessage id="surveys.unit" /></Table.Th>
                <Table.Th w={130}><FormattedMessage id="surveys.population" /></Table.Th>
                <Table.Th w={80} ta="end"><FormattedMessage id="surveys.target" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.units.map((code) => (
                <Table.Tr key={code}>
                  <Table.Td>{unitName(code)}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={100_000_000}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator={false}
                      value={value.typed[code] ?? ''}
                      onChange={(n) => set({ typed: { ...value.typed, [code]: typeof n === 'number' ? n : '' } })}
                      error={showMissing && (value.typed[code] ?? '') === '' ? required : undefined}
                      aria-label={intl.formatMessage({ id: 'surveys.newWave.populationOf' }, { unit: unitName(code) })}
                      data-testid={`wave-new-population-${code}`}
                    />
                  </Table.Td>
                  <Table.Td ta="end" data-testid={`wave-new-target-${code}`}>
                    {targets ? intl.formatNumber(targets.targets.get(code) ?? 0) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td colSpan={2} fw={600}><FormattedMessage id="surveys.total" /></Table.Td>
                <Table.Td ta="end" fw={600} data-testid="wave-new-target-total">{targets ? intl.formatNumber(targets.total) : '—'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {value.source === 'dossiers' && <DossierOptions value={value} set={set} seedError={seedError} />}
    </Stack>
  );
}

/** Populations counted from dossiers: the period counted, targets shared among procedures, a drawn sample of dossiers and its seed. */
function DossierOptions({ value, set, seedError }: { value: PopulationDraft; set: (patch: Partial<PopulationDraft>) => void; seedError: string | undefined }) {
  const intl = useIntl();
  const label = (id: string) => intl.formatMessage({ id });
  return (
    <>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="surveys.newWave.dossiersHint" />
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField labelId="surveys.newWave.dossiersFrom" value={value.from} onChange={(from) => set({ from })} testId="wave-new-dossiers-from" />
        <DateField labelId="surveys.newWave.dossiersTo" value={value.to} onChange={(to) => set({ to })} testId="wave-new-dossiers-to" />
      </SimpleGrid>
      <Switch label={label('surveys.newWave.byProcedure')} description={label('surveys.newWave.byProcedureHint')} checked={value.byProcedure} onChange={(e) => set({ byProcedure: e.currentTarget.checked })} data-testid="wave-new-by-procedure" />
      <Switch label={label('surveys.newWave.sample')} description={label('surveys.newWave.sampleHint')} checked={value.sample} onChange={(e) => set({ sample: e.currentTarget.checked })} data-testid="wave-new-sample" />
      {value.sample && (
        <NumberInput
          label={label('surveys.newWave.seed')}
          description={label('surveys.newWave.seedHint')}
          value={value.seed}
          onChange={(n) => set({ seed: typeof n === 'number' ? n : '' })}
          min={0}
          max={2_147_483_647}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          error={seedError}
          w={{ base: '100%', sm: 220 }}
          data-testid="wave-new-seed"
        />
      )}
    </>
  );
}
