import { useState } from 'react';
import { MultiSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { mergeRequest, type CommitteeDetail } from '../../../shared/contracts/steering.ts';
import { validate } from '../../app/forms/validate.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { useNameOf } from '../units/index.ts';
import { useCommittees, useMergeCommittees } from './api.ts';
import { CommitteeFields, emptyCommittee, type CommitteeDraft } from './CommitteeFields.tsx';
import { committeeRequest } from './FoundCommitteeModal.tsx';
import { useSteeringFieldErrors } from './form-errors.ts';
import { MembersEditor, type MemberDraft } from './MembersEditor.tsx';

const INTO = 'into.';

/**
 * Merging committees into a new one: this committee and any others in force, the new one's
 * code, names, decision and members, and the day it starts (the merged ones end the day
 * before, with their seats and key units). The new committee's page, which lists the merged
 * ones and who sat on them, opens once merged.
 */
export function MergeCommitteesModal({ committee, onClose }: { committee: CommitteeDetail; onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const list = useCommittees();
  const merge = useMergeCommittees();
  const [fromCodes, setFromCodes] = useState<string[]>([committee.code]);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [draft, setDraft] = useState<CommitteeDraft>(emptyCommittee(committee.unit.code));
  const [members, setMembers] = useState<MemberDraft[]>([{ username: '', position: 'chair' }]);
  const { t, setErrors } = useSteeringFieldErrors(merge.error, { prefix: INTO, members });
  const open = (list.data ?? []).filter((c) => c.validTo === null);

  const submit = () => {
    const checked = validate(mergeRequest, { fromCodes, effectiveDate, into: committeeRequest(draft, members) }, { [`${INTO}code`]: 'validation.codeFormat' });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    // Not mutate's onSuccess: the merged committee's page, refreshed first, no longer offers
    // its actions, and this form is gone before that callback would run. A refusal shows above the buttons.
    merge.mutateAsync(checked.data).then((c) => navigate(paths.committee(c.code)), () => undefined);
  };

  return (
    <FormModal opened onClose={onClose} titleId="steering.form.mergeTitle" submitId="steering.form.mergeSubmit" onSubmit={submit} pending={merge.isPending} error={merge.error} size="xl" testId="committee-merge-form">
      <MultiSelect
        label={intl.formatMessage({ id: 'steering.form.mergeFrom' })}
        data={open.map((c) => ({ value: c.code, label: `${nameOf(c.names) || c.code} · ${c.code}` }))}
        value={fromCodes}
        onChange={setFromCodes}
        searchable
        withAsterisk
        error={t('fromCodes')}
        data-testid="merge-from"
      />
      <DateField labelId="steering.form.effectiveDate" value={effectiveDate} onChange={setEffectiveDate} error={t('effectiveDate')} required testId="merge-effective-date" />
      <CommitteeFields value={draft} onChange={setDraft} t={(field) => t(`${INTO}${field}`)} />
      <MembersEditor value={members} onChange={setMembers} t={(field) => t(`${INTO}${field}`)} />
    </FormModal>
  );
}
