import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Table, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { fieldCode, saveFieldRequest, type FollowUpField } from '../../../shared/contracts/followups.ts';
import { validate } from '../../app/forms/validate.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { cleanNames, LocalizedNamesFields } from '../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { useNameOf } from '../units/index.ts';
import { useFollowUpFields, useSaveFollowUpField } from './api.ts';
import { useFieldErrors } from './field-errors.ts';

/**
 * The field list (followups.manage): add a field in five languages, rename one, take one out
 * of use. Fields are never deleted: the items filed under them keep them.
 */
export function FieldsModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const fields = useFollowUpFields();
  const save = useSaveFollowUpField();
  const [editing, setEditing] = useState<FollowUpField | null>(null);
  return (
    <Modal opened onClose={onClose} title={intl.formatMessage({ id: 'followUps.fields.title' })} size="xl" closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <Stack gap="md" data-testid="follow-up-fields">
        {save.error && <ErrorAlert error={save.error} />}
        <Table striped>
          <Table.Tbody>
            {(fields.data ?? []).map((f) => (
              <Table.Tr key={f.code}>
                <Table.Td ff="monospace">{f.code}</Table.Td>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing(f)}>
                    {nameOf(f.names)}
                  </Button>
                </Table.Td>
                <Table.Td>
                  <Checkbox label={intl.formatMessage({ id: 'followUps.fields.active' })} checked={f.active} onChange={(e) => save.mutate({ code: f.code, body: { names: f.names, position: f.position, active: e.currentTarget.checked } })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FieldForm key={editing?.code ?? 'new'} field={editing} onDone={() => setEditing(null)} />
      </Stack>
    </Modal>
  );
}

function FieldForm({ field, onDone }: { field: FollowUpField | null; onDone: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const save = useSaveFollowUpField();
  const { t, setErrors } = useFieldErrors(save.error);
  const [code, setCode] = useState(field?.code ?? '');
  const [names, setNames] = useState(field?.names ?? {});
  const submit = () => {
    const checkedCode = validate(fieldCode, code);
    const checked = validate(saveFieldRequest, { names: cleanNames(names), position: field?.position, active: field?.active ?? true });
    if (!checkedCode.ok || !checked.ok) return setErrors({ ...(checkedCode.ok ? {} : { code: 'validation.codeFormat' }), ...(checked.ok ? {} : checked.errors) });
    setErrors({});
    save.mutate({ code: checkedCode.data, body: checked.data }, { onSuccess: onDone });
  };
  return (
    <Stack gap="xs">
      <TextInput label={intl.formatMessage({ id: 'followUps.fields.code' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} disabled={field !== null} error={t('code')} styles={MONO_INPUT} data-testid="follow-up-field-code" />
      <LocalizedNamesFields value={names} onChange={setNames} locale={locale} error={t('names')} testIdPrefix="follow-up-field-name" />
      <Group>
        <Button onClick={submit} loading={save.isPending} data-testid="follow-up-field-save">
          <FormattedMessage id={field ? 'followUps.fields.save' : 'followUps.fields.add'} />
        </Button>
      </Group>
    </Stack>
  );
}
