import { Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import { useMe } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { StatCard, StatFigure, StatGrid } from '../../ui/StatCard.tsx';
import { useCanOn } from '../tasks/index.ts';
import { useNameOf } from '../units/index.ts';
import { useQuestionnaire, useWave, type ResultsScope } from './api.ts';
import { TrendSection, UnitComparisonSection, WaveComparisonSection } from './AnalysisSections.tsx';
import { InvitationCodesModal } from './InvitationCodesModal.tsx';
import { PaperEntryModal } from './PaperEntryModal.tsx';
import { ProgressCell, WaveStatusBadge } from './parts.tsx';
import { PrintSheet, QrCardModal } from './PrintCards.tsx';
import { ResultsFilters } from './ResultsFilters.tsx';
import { ResultsSection } from './ResultsSection.tsx';
import { WaveUnits } from './WaveUnits.tsx';

type WaveUnit = WaveView['units'][number];

/**
 * Whether the reader holds `permission` on the wave's own unit (and so on all of it): known at
 * once from a grant on that unit or the whole system, else asked through its ancestors. A
 * commune's officer in the province's wave holds it on their commune only.
 */
function useHoldsOnWave(wave: WaveView | undefined, permission: 'surveys.read' | 'surveys.enter' | 'surveys.manage'): boolean {
  const grants = useMe().grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
  const direct = wave !== undefined && grants.some((g) => g.unitCode === null || g.unitCode === wave.unit.code);
  const viaAncestors = useCanOn(permission, wave === undefined || direct ? undefined : wave.unit.code);
  return direct || viaAncestors;
}

function Header({ wave }: { wave: WaveView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  return (
    <div>
      <Group gap="sm" align="center">
        <Title order={2}>{nameOf(wave.names) || wave.code}</Title>
        <WaveStatusBadge status={wave.status} />
        {wave.tokenRequired && (
          <Badge size="sm" variant="outline" color="grape" data-testid="wave-token-required">
            <FormattedMessage id="surveys.wave.tokenRequired" />
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'surveys.wave.line' }, { questionnaire: nameOf(wave.questionnaire.names) || wave.questionnaire.code, version: wave.questionnaire.version, unit: nameOf(wave.unit.names) || wave.unit.code, from: day(wave.from), to: day(wave.to) })}
      </Text>
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'surveys.wave.designLine' }, { design: intl.formatMessage({ id: `surveys.design.${wave.design}` }), margin: intl.formatNumber(wave.margin, { style: 'percent', maximumFractionDigits: 2 }) })}
      </Text>
      {wave.sampleSeed !== undefined && (
        <Text size="sm" c="dimmed" data-testid="wave-sample-seed">
          {/* The seed as digits, no grouping: it is typed again to draw the same sample. */}
          {intl.formatMessage({ id: 'surveys.wave.sampleSeed' }, { seed: String(wave.sampleSeed) })}
        </Text>
      )}
    </div>
  );
}

/**
 * /surveys/waves/{code}: the wave's progress (each unit's responses against its target, its
 * public link and QR card, paper entry, invitation codes, targets by procedure and drawn
 * dossiers), then its results for the scope chosen, month by month, unit by unit and wave by wave.
 */
export function WavePage({ code }: { code: string }) {
  const wave = useWave(code);
  const questionnaire = useQuestionnaire(wave.data?.questionnaire.code, wave.data?.questionnaire.version);
  const readsWhole = useHoldsOnWave(wave.data, 'surveys.read');
  const entersAll = useHoldsOnWave(wave.data, 'surveys.enter');
  const managesAll = useHoldsOnWave(wave.data, 'surveys.manage');
  const [qr, setQr] = useState<WaveUnit | null>(null);
  const [paper, setPaper] = useState<WaveUnit | null>(null);
  const [codes, setCodes] = useState<WaveUnit | null>(null);
  const [chosen, setChosen] = useState<ResultsScope>({ unit: null, descendants: true, period: null });
  if (wave.isPending) return <Loader />;
  if (wave.isError) return <ErrorAlert error={wave.error} onRetry={() => void wave.refetch()} />;
  const w = wave.data;
  // The results of the whole wave for its readers; a reader of some of its units starts on their first.
  const scope: ResultsScope = { ...chosen, unit: chosen.unit ?? (readsWhole ? w.unit.code : (w.units[0]?.unit.code ?? w.unit.code)) };
  return (
    <Stack gap="md" data-testid="wave-page">
      <Anchor size="sm" {...linkProps(paths.surveys())}>
        <FormattedMessage id="surveys.back" />
      </Anchor>
      <Header wave={w} />
      <StatGrid testId="wave-figures">
        <StatCard labelId="surveys.wave.progress">
          <ProgressCell responses={w.responses} target={w.target} testId="wave-progress" />
        </StatCard>
        <StatCard labelId="surveys.wave.units">
          <StatFigure value={w.units.length} testId="wave-units-count" />
        </StatCard>
        <StatCard labelId="surveys.wave.population">
          <StatFigure value={w.units.reduce((s, u) => s + u.population, 0)} testId="wave-population" />
        </StatCard>
      </StatGrid>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3}>
          <FormattedMessage id="surveys.units.title" />
        </Title>
        <Button size="xs" variant="light" onClick={() => window.print()} data-testid="wave-print-cards">
          <FormattedMessage id="surveys.qr.printAll" />
        </Button>
      </Group>
      <WaveUnits wave={w} entersAll={entersAll} managesAll={managesAll} onQr={setQr} onPaper={setPaper} onCodes={setCodes} />
      <Title order={3} mt="md">
        <FormattedMessage id="surveys.results.title" />
      </Title>
      <ResultsFilters wave={w} scope={scope} readsWhole={readsWhole} onChange={setChosen} />
      <ResultsSection code={code} scope={scope} questionnaire={questionnaire.data?.questionnaire} />
      <TrendSection code={code} scope={scope} />
      <UnitComparisonSection code={code} unit={scope.unit} />
      <WaveComparisonSection code={code} unit={scope.unit} />
      {/* One sheet to print at a time: while invitation codes are open, their slips are the one. */}
      {!codes && <PrintSheet wave={w.names} units={qr ? [qr] : w.units} />}
      {qr && <QrCardModal wave={w.names} u={qr} onClose={() => setQr(null)} />}
      {paper && <PaperEntryModal wave={w} u={paper} onClose={() => setPaper(null)} />}
      {codes && <InvitationCodesModal wave={w} u={codes} onClose={() => setCodes(null)} />}
    </Stack>
  );
}
