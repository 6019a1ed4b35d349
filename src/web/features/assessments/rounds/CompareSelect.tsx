import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useRounds } from '../api.ts';

interface Props {
  round: string;
  /** the chosen round's code; null = the previous round set for the round (the API's comparison) */
  value: string | null;
  onChange: (code: string | null) => void;
  /** what choosing no round means here */
  emptyLabelId?: string;
}

/** Year over year: the round the changes are counted against. */
export function CompareSelect({ round, value, onChange, emptyLabelId = 'assessments.compare.asSet' }: Props) {
  const intl = useIntl();
  const rounds = useRounds();
  const others = (rounds.data ?? []).filter((r) => r.code !== round).map((r) => ({ value: r.code, label: r.code }));
  return (
    <Select
      label={intl.formatMessage({ id: 'assessments.compare.label' })}
      data={[{ value: '', label: intl.formatMessage({ id: emptyLabelId }) }, ...(value && !others.some((o) => o.value === value) ? [{ value, label: value }] : []), ...others]}
      value={value ?? ''}
      onChange={(v) => onChange(v || null)}
      allowDeselect={false}
      w={{ base: '100%', sm: 300 }}
      data-testid="compare-round"
    />
  );
}
