import { Select, type SelectProps } from '@mantine/core';
import { useIntl } from 'react-intl';
import { LOCALES, isLocale, type Locale } from '../../shared/locales.ts';

interface Props {
  value: Locale;
  onChange: (locale: Locale) => void;
  /** Shown above the field; without it the field is labelled for screen readers only. */
  withLabel?: boolean;
  testId?: string;
  w?: SelectProps['w'];
}

/** The five languages, each by its own name (`languages.<code>`, the same in every file). */
export function LanguageSelect({ value, onChange, withLabel = false, testId, w }: Props) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'app.language' });
  return (
    <Select
      data-testid={testId}
      label={withLabel ? label : undefined}
      aria-label={label}
      w={w}
      value={value}
      allowDeselect={false}
      data={LOCALES.map((locale) => ({ value: locale, label: intl.formatMessage({ id: `languages.${locale}` }) }))}
      onChange={(next) => {
        if (isLocale(next)) onChange(next);
      }}
      comboboxProps={{ width: 'max-content', position: 'bottom-end' }}
    />
  );
}
