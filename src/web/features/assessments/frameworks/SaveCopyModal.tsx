import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { frameworkFile, type FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useOwnerChoices, useSaveFramework } from './framework-api.ts';
import { OwnerSelect } from './OwnerSelect.tsx';

/** Saves the draft as a new framework under another code — how a province adapts a template into its own internal index. */
export function SaveCopyModal({ draft, onClose }: { draft: FrameworkFile; onClose: () => void }) {
  const intl = useIntl();
  const choices = useOwnerChoices();
  const [code, setCode] = useState('');
  const [owner, setOwner] = useState<string | null>(choices.find((c) => c.code !== null)?.code ?? null);
  const save = useSaveFramework();
  const { t, setErrors } = useFieldErrors(save.error);
  const submit = () => {
    const checked = validate(frameworkFile.pick({ code: true }), { code }, { code: 'assessments.editor.codeFormat' });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate({ file: { ...draft, code: checked.data.code }, owner }, { onSuccess: (saved) => navigate(paths.framework(saved.code, saved.version)) });
  };
  return (
    <FormModal opened onClose={onClose} titleId="assessments.editor.saveCopy" onSubmit={submit} pending={save.isPending} error={save.error} size="md" testId="copy-form">
      <TextInput label={intl.formatMessage({ id: 'assessments.editor.newCode' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={t('code')} withAsterisk ff="monospace" data-testid="copy-code" />
      <OwnerSelect choices={choices} value={owner} onChange={setOwner} />
    </FormModal>
  );
}
