import { Button, CloseButton, Group, Input, NumberInput, Stack, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { nextBand, type BandDraft } from './new-round.ts';

interface Props {
  bands: readonly BandDraft[];
  onChange: (bands: BandDraft[]) => void;
  /** a field's message, e.g. `bands.1.minPercent` */
  errorOf: (field: string) => string | undefined;
}

/** The round's bands (groups): a code and the lowest percentage that reaches it, best first. */
export function BandsField({ bands, onChange, errorOf }: Props) {
  const intl = useIntl();
  const set = (index: number, band: BandDraft) => onChange(bands.map((b, i) => (i === index ? band : b)));
  return (
    <Input.Wrapper label={intl.formatMessage({ id: 'assessments.roundAdmin.bands' })} description={intl.formatMessage({ id: 'assessments.roundAdmin.bandsHint' })} labelElement="div" data-testid="round-form-bands">
      <Stack gap={6} mt={6}>
        {bands.map((band, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={i === 0 ? intl.formatMessage({ id: 'assessments.roundAdmin.bandCode' }) : undefined}
              aria-label={intl.formatMessage({ id: 'assessments.roundAdmin.bandCode' })}
              value={band.code}
              onChange={(e) => set(i, { ...band, code: e.currentTarget.value })}
              maxLength={20}
              w={110}
              styles={MONO_INPUT}
              error={errorOf(`bands.${i}.code`)}
              data-testid={`round-form-band-code-${i}`}
            />
            <NumberInput
              label={i === 0 ? intl.formatMessage({ id: 'assessments.roundAdmin.bandMin' }) : undefined}
              aria-label={intl.formatMessage({ id: 'assessments.roundAdmin.bandMin' })}
              value={band.minPercent ?? ''}
              onChange={(v) => set(i, { ...band, minPercent: typeof v === 'number' ? v : null })}
              min={0}
              max={100}
              decimalScale={2}
              suffix=" %"
              w={150}
              error={errorOf(`bands.${i}.minPercent`)}
              data-testid={`round-form-band-min-${i}`}
            />
            <CloseButton mt={i === 0 ? 28 : 4} aria-label={intl.formatMessage({ id: 'assessments.roundAdmin.bandRemove' }, { code: band.code || String(i + 1) })} onClick={() => onChange(bands.filter((_, j) => j !== i))} data-testid={`round-form-band-remove-${i}`} />
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...bands, nextBand(bands)])} data-testid="round-form-band-add">
            <FormattedMessage id="assessments.roundAdmin.bandAdd" />
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
