import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { LOCALES, type Locale, type LocalizedNames } from '../../shared/locales.ts';

interface Props {
  value: LocalizedNames;
  onChange: (value: LocalizedNames) => void;
  /** The reader's language, whose field comes first. */
  locale: Locale;
  error?: string | undefined;
  /** The label of each field, with `{language}`; names by default, e.g. titles for plans and tasks. */
  labelId?: string;
  /** `data-testid` of each field: `<prefix>-<language>` */
  testIdPrefix?: string;
}

/** One name field per language; at least one is required, the others fall back. */
export function LocalizedNamesFields({ value, onChange, locale, error, labelId = 'units.form.nameIn', testIdPrefix = 'names' }: Props) {
  const intl = useIntl();
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  return (
    <div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        {order.map((l) => (
          <TextInput
            key={l}
            lang={l}
            label={intl.formatMessage({ id: labelId }, { language: intl.formatMessage({ id: `languages.${l}` }) })}
            value={value[l] ?? ''}
            onChange={(event) => onChange({ ...value, [l]: event.currentTarget.value })}
            data-testid={`${testIdPrefix}-${l}`}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text c="red" size="sm" mt={4} role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}

/** Drops blank languages so that the server's fallback applies to them. */
export function cleanNames(names: LocalizedNames): LocalizedNames {
  const clean: LocalizedNames = {};
  for (const l of LOCALES) {
    const name = names[l]?.trim();
    if (name) clean[l] = name;
  }
  return clean;
}
