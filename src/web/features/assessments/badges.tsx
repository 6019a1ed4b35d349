import { Badge, Box, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FrameworkNodeFile } from '../../../shared/contracts/frameworks.ts';
import { toneOf, type Tone } from './bands.ts';

/** Finalised, or provisional (seen early by managers and appraisers): the numbers may still change. */
export function RoundStatusBadge({ finalized, size = 'md' }: { finalized: boolean; size?: 'sm' | 'md' | 'lg' }) {
  const intl = useIntl();
  if (finalized) {
    return (
      <Badge color="green" variant="light" size={size} data-testid="round-status" data-status="finalized">
        <FormattedMessage id="assessments.status.finalized" />
      </Badge>
    );
  }
  return (
    <Tooltip label={intl.formatMessage({ id: 'assessments.status.provisionalHint' })} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge color="orange" variant="outline" size={size} tabIndex={0} data-testid="round-status" data-status="provisional">
        <FormattedMessage id="assessments.status.provisional" />
      </Badge>
    </Tooltip>
  );
}

/** A traffic-light dot for a unit's band, with the band's name for screen readers and on hover. */
export function BandLight({ band, tones }: { band: string | null; tones: ReadonlyMap<string, Tone> }) {
  const intl = useIntl();
  const tone = toneOf(tones, band);
  const label = band === null ? intl.formatMessage({ id: 'assessments.band.none' }) : intl.formatMessage({ id: 'assessments.band.named' }, { band });
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      title={label}
      data-light={tone}
      w={12}
      h={12}
      style={{ borderRadius: '50%', background: `var(--mantine-color-${tone}-6)`, display: 'inline-block', flexShrink: 0 }}
    />
  );
}

/** How a criterion is scored: self-assessed (with evidence), survey, computed by PAR Monitor. */
export function MethodBadge({ method }: { method: NonNullable<FrameworkNodeFile['method']> }) {
  const color = { self: 'blue', self_with_evidence: 'indigo', survey: 'grape', computed: 'teal' }[method];
  return (
    <Badge size="xs" variant="light" color={color} style={{ flexShrink: 0 }} data-method={method}>
      <FormattedMessage id={`assessments.method.${method}`} />
    </Badge>
  );
}

/** The maximum is not confirmed from the official text: the administrator must confirm it. */
export function ToConfirmMark() {
  const intl = useIntl();
  return (
    <Tooltip label={intl.formatMessage({ id: 'assessments.framework.toConfirmHint' })} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge size="xs" color="orange" variant="outline" tabIndex={0} data-testid="max-to-confirm" style={{ flexShrink: 0 }}>
        <FormattedMessage id="assessments.framework.toConfirm" />
      </Badge>
    </Tooltip>
  );
}

/** An example framework to adapt, not an official one. */
export function ExampleBadge() {
  return (
    <Badge size="sm" color="gray" variant="light" data-testid="framework-example">
      <FormattedMessage id="assessments.framework.example" />
    </Badge>
  );
}
