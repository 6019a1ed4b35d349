import { ActionIcon, Anchor, Badge, Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { useCanOn } from '../tasks/index.ts';
import { useNameOf } from '../units/index.ts';
import { ProgressCell } from './parts.tsx';
import { publicFormUrl } from './survey-view.ts';
import { ProceduresTable, SampleLink, TokensLine } from './UnitDetails.tsx';

type WaveUnit = WaveView['units'][number];

interface Props {
  wave: WaveView;
  /** the reader may enter paper forms for every unit of the wave (a grant on its own unit) */
  entersAll: boolean;
  /** the reader manages surveys for every unit of the wave (gives out invitation codes) */
  managesAll: boolean;
  onQr: (u: WaveUnit) => void;
  onPaper: (u: WaveUnit) => void;
  onCodes: (u: WaveUnit) => void;
}

function CopyIcon() {
  return (
    <svg width={14} height={14} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden>
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h10" />
    </svg>
  );
}

/**
 * One unit of the wave: its population and where it came from, responses of its target on a bar,
 * its invitation codes, its public link (copied in one click), its QR card and paper entry, its
 * target by procedure and its drawn dossiers.
 */
function UnitCard({ wave, u, entersAll, managesAll, onQr, onPaper, onCodes }: Omit<Props, 'wave'> & { wave: WaveView; u: WaveUnit }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  // Asked about only when a grant on the wave's own unit does not already answer it.
  const mayEnterHere = useCanOn('surveys.enter', entersAll ? undefined : u.unit.code);
  const managesHere = useCanOn('surveys.manage', managesAll ? undefined : u.unit.code);
  const entersUnit = entersAll || mayEnterHere;
  const mayEnter = wave.status !== 'upcoming' && entersUnit;
  // Codes for a closed wave would open nothing.
  const mayGiveCodes = wave.status !== 'closed' && (managesAll || managesHere);
  const url = publicFormUrl(window.location.origin, u.link);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`wave-unit-${u.unit.code}`}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" lh={1.4}>
            {nameOf(u.unit.names) || u.unit.code}
          </Text>
          {u.behind && (
            <Badge size="sm" color="orange" variant="light" style={{ flexShrink: 0 }} data-testid="wave-unit-behind">
              <FormattedMessage id="surveys.units.behind" />
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: `surveys.units.populationLine.${u.populationSource}` }, { population: u.population, target: u.target })}
        </Text>
        <ProgressCell responses={u.responses} target={u.target} testId={`wave-unit-progress-${u.unit.code}`} />
        {u.expected !== undefined && wave.status === 'open' && (
          <Text size="xs" c={u.behind ? 'orange.8' : 'dimmed'}>
            {intl.formatMessage({ id: 'surveys.units.expected' }, { expected: u.expected })}
          </Text>
        )}
        <TokensLine wave={wave} u={u} />
        <Group gap={4} wrap="nowrap" miw={0}>
          <Anchor href={url} target="_blank" rel="noreferrer" size="xs" ff="monospace" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }} data-testid="wave-unit-link">
            {url}
          </Anchor>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Tooltip label={intl.formatMessage({ id: copied ? 'surveys.units.copied' : 'surveys.units.copy' })} withArrow>
                <ActionIcon variant="subtle" color={copied ? 'green' : 'gray'} onClick={copy} aria-label={intl.formatMessage({ id: 'surveys.units.copy' })} data-testid="wave-unit-copy">
                  <CopyIcon />
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Group gap="xs">
          <Button size="compact-sm" variant="light" onClick={() => onQr(u)} data-testid="wave-unit-qr">
            <FormattedMessage id="surveys.units.qr" />
          </Button>
          {mayEnter && (
            <Button size="compact-sm" variant="default" onClick={() => onPaper(u)} data-testid="wave-unit-paper">
              <FormattedMessage id="surveys.units.paper" />
            </Button>
          )}
          {mayGiveCodes && (
            <Button size="compact-sm" variant="default" onClick={() => onCodes(u)} data-testid="wave-unit-codes">
              <FormattedMessage id="surveys.units.codes" />
            </Button>
          )}
        </Group>
        {entersUnit && <SampleLink wave={wave} u={u} />}
        <ProceduresTable u={u} />
      </Stack>
    </Paper>
  );
}

/** The wave's units as cards (one column on a phone), in the order the wave lists them. */
export function WaveUnits(props: Props) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="wave-units">
      {props.wave.units.map((u) => (
        <UnitCard key={u.unit.code} {...props} u={u} />
      ))}
    </SimpleGrid>
  );
}
