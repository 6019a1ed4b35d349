import { Alert, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { QuestionnaireProblem } from '../../../shared/domain/questionnaire.ts';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import { ApiError } from '../../app/api/client.ts';
import { useMe } from '../../app/api/session.ts';
import { importRowErrors } from '../../app/forms/server-errors.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { FileField } from '../../ui/upload/FileField.tsx';
import { ImportErrorsTable } from '../../ui/upload/ImportErrorsTable.tsx';
import { useChosenFile } from '../../ui/upload/use-chosen-file.ts';
import { useNameOf } from '../units/index.ts';
import { useImportQuestionnaire } from './api.ts';

/** A JSON file as downloaded here, or an XLSForm workbook (ours, or a form made in KoboToolbox or ODK). */
const QUESTIONNAIRE_FILES = '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The value of the "shared" choice in the owner select (a Select value cannot be null). */
const SHARED = '';

/**
 * Who may keep a new questionnaire: shared (every province's survey managers read it; changed by
 * system-wide managers) with a system-wide grant, else one of the units the reader runs surveys for.
 */
function useOwnerChoices(): { value: string; label: string }[] {
  const intl = useIntl();
  const nameOf = useNameOf();
  const grants = useMe().grants.filter((g) => ROLE_PERMISSIONS[g.role].includes('surveys.manage'));
  const choices = grants.some((g) => g.unitCode === null) ? [{ value: SHARED, label: intl.formatMessage({ id: 'surveys.questionnaires.shared' }) }] : [];
  for (const g of grants) if (g.unitCode !== null && !choices.some((c) => c.value === g.unitCode)) choices.push({ value: g.unitCode, label: (g.unitNames && nameOf(g.unitNames)) || g.unitCode });
  return choices;
}

const problemsOf = (error: unknown): QuestionnaireProblem[] => (error instanceof ApiError ? ((error.details as { problems?: QuestionnaireProblem[] }).problems ?? []) : []);

/**
 * A questionnaire from a file — JSON as downloaded here, or an XLSForm workbook: a code already
 * kept becomes its next version (or replaces the latest while no wave uses it). What an XLSForm
 * import left out is listed once it is saved; a refused file names its bad rows.
 */
export function ImportQuestionnaireModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const nameOf = useNameOf();
  const choices = useOwnerChoices();
  const [owner, setOwner] = useState<string>(choices[0]?.value ?? SHARED);
  const upload = useImportQuestionnaire();
  const chosen = useChosenFile(upload.reset);
  const problems = problemsOf(upload.error);
  const rows = importRowErrors(upload.error);
  const saved = upload.data;
  // Saved without remarks: nothing left to read, the list shows it. With remarks: they stay in view.
  const submit = () => chosen.withFile((file) => upload.mutate({ file, owner: owner === SHARED ? null : owner, language: locale }, { onSuccess: (r) => r.warnings.length === 0 && onClose() }));
  return (
    <FormModal opened onClose={onClose} titleId="surveys.questionnaires.import" submitId="surveys.questionnaires.importSubmit" onSubmit={submit} pending={upload.isPending} error={upload.error} testId="questionnaire-import">
      <Text size="sm">
        <FormattedMessage id="surveys.questionnaires.importHint" />
      </Text>
      <FileField {...chosen.input} accept={QUESTIONNAIRE_FILES} testId="questionnaire-import-file" />
      <Select
        label={intl.formatMessage({ id: 'surveys.questionnaires.owner' })}
        description={intl.formatMessage({ id: 'surveys.questionnaires.ownerHint' })}
        data={choices}
        value={owner}
        onChange={(v) => setOwner(v ?? SHARED)}
        allowDeselect={false}
        data-testid="questionnaire-import-owner"
      />
      {saved && (
        <Alert color="yellow" data-testid="questionnaire-import-warnings">
          <Stack gap="xs">
            <Text size="sm">{intl.formatMessage({ id: 'surveys.questionnaires.importedWithWarnings' }, { name: nameOf(saved.names) || saved.code, version: saved.version })}</Text>
            <ImportErrorsTable errors={saved.warnings} />
          </Stack>
        </Alert>
      )}
      {rows.length > 0 && <ImportErrorsTable errors={rows} />}
      {problems.length > 0 && (
        <List size="sm" data-testid="questionnaire-import-problems">
          {problems.map((p) => (
            <List.Item key={`${p.key}:${p.problem}`}>
              <Text span ff="monospace" size="sm">{p.key}</Text>: <FormattedMessage id={`surveys.problems.${p.problem}`} />
            </List.Item>
          ))}
        </List>
      )}
    </FormModal>
  );
}
