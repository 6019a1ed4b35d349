import { useState } from 'react';
import { Text, Textarea, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DocumentSettings } from '../../../../shared/contracts/documents.ts';
import type { Locale } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { LanguageSelect } from '../../../ui/LanguageSelect.tsx';
import { cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useSaveDocumentSettings } from './api.ts';

/** The parts written per language; the abbreviation and the signer's name are the same in every language. */
const PER_LANGUAGE = ['superior', 'issuer', 'place', 'signerAuthority', 'signerTitle'] as const;
/** The server's rule for the abbreviation (contracts/documents.ts), checked as the user types. */
const ABBREVIATION = /^[\p{L}\p{N}.-]*$/u;

/**
 * Edit the letterhead one language at a time (the reader's first): five languages of six
 * parts would be thirty fields at once. Blank languages fall back when a document is printed.
 */
export function DocumentSettingsModal({ code, settings, onClose }: { code: string; settings: DocumentSettings; onClose: () => void }) {
  const intl = useIntl();
  const [language, setLanguage] = useState<Locale>(useLocale());
  const [draft, setDraft] = useState<DocumentSettings>(settings);
  const save = useSaveDocumentSettings(code);
  const abbreviationBad = !ABBREVIATION.test(draft.issuerAbbreviation.trim());
  const setPart = (part: (typeof PER_LANGUAGE)[number] | 'recipients', value: string) => setDraft({ ...draft, [part]: { ...draft[part], [language]: value } });
  const submit = () => {
    if (abbreviationBad) return;
    const names = Object.fromEntries([...PER_LANGUAGE, 'recipients' as const].map((part) => [part, cleanNames(draft[part])]));
    save.mutate({ ...draft, ...names, issuerAbbreviation: draft.issuerAbbreviation.trim(), signerName: draft.signerName.trim() }, { onSuccess: onClose });
  };
  const label = (part: string) => intl.formatMessage({ id: `units.documents.field.${part}` });
  return (
    <FormModal opened onClose={onClose} titleId="units.documents.edit" onSubmit={submit} pending={save.isPending} error={save.error} testId="document-settings-form">
      <LanguageSelect value={language} onChange={setLanguage} withLabel testId="document-settings-language" />
      <Text size="sm" c="dimmed">
        <FormattedMessage id="units.documents.languageHint" values={{ language: intl.formatMessage({ id: `languages.${language}` }) }} />
      </Text>
      {PER_LANGUAGE.map((part) => (
        <TextInput key={`${part}-${language}`} lang={language} label={label(part)} value={draft[part][language] ?? ''} onChange={(e) => setPart(part, e.currentTarget.value)} maxLength={300} data-testid={`document-${part}`} />
      ))}
      <Textarea
        lang={language}
        label={label('recipients')}
        description={intl.formatMessage({ id: 'units.documents.recipientsHint' })}
        value={draft.recipients[language] ?? ''}
        onChange={(e) => setPart('recipients', e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={2000}
        data-testid="document-recipients"
      />
      <TextInput
        label={label('issuerAbbreviation')}
        description={intl.formatMessage({ id: 'units.documents.abbreviationHint' })}
        value={draft.issuerAbbreviation}
        onChange={(e) => setDraft({ ...draft, issuerAbbreviation: e.currentTarget.value })}
        error={abbreviationBad ? intl.formatMessage({ id: 'units.documents.abbreviationInvalid' }) : undefined}
        maxLength={30}
        data-testid="document-issuerAbbreviation"
      />
      <TextInput label={label('signerName')} value={draft.signerName} onChange={(e) => setDraft({ ...draft, signerName: e.currentTarget.value })} maxLength={120} data-testid="document-signerName" />
    </FormModal>
  );
}
