import { useState } from 'react';
import { committeeInput } from '../../../shared/contracts/steering.ts';
import { useMe } from '../../app/api/session.ts';
import { validate } from '../../app/forms/validate.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { cleanNames } from '../../ui/LocalizedNamesFields.tsx';
import { useFoundCommittee } from './api.ts';
import { CommitteeFields, emptyCommittee, type CommitteeDraft } from './CommitteeFields.tsx';
import { useSteeringFieldErrors } from './form-errors.ts';
import { MembersEditor, type MemberDraft } from './MembersEditor.tsx';

/** The code format's message (the contract's rule for committee codes). */
export const CODE_FORMAT = { code: 'validation.codeFormat' };

/** The request a committee draft and its first members make (the dates as typed: the contract checks them). */
export function committeeRequest(draft: CommitteeDraft, members: MemberDraft[]) {
  return {
    code: draft.code,
    unitCode: draft.unitCode ?? '',
    names: cleanNames(draft.names),
    decisionNumber: draft.decisionNumber,
    decisionDate: draft.decisionDate,
    members: members.map((m) => ({ username: m.username, position: m.position })),
  };
}

/**
 * Founding a steering committee (the secretariat): its unit — the province or ministry whose
 * committee it is, the reader's own by default — code, names, founding decision, first day
 * and first members. The committee's page opens once it is founded.
 */
export function FoundCommitteeModal({ onClose }: { onClose: () => void }) {
  const me = useMe();
  const found = useFoundCommittee();
  const [draft, setDraft] = useState<CommitteeDraft>(emptyCommittee(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null));
  const [validFrom, setValidFrom] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>([{ username: '', position: 'chair' }]);
  const { t, setErrors } = useSteeringFieldErrors(found.error, { members });

  const submit = () => {
    const checked = validate(committeeInput, { ...committeeRequest(draft, members), validFrom }, CODE_FORMAT);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    found.mutate(checked.data, { onSuccess: (c) => navigate(paths.committee(c.code)) });
  };

  return (
    <FormModal opened onClose={onClose} titleId="steering.form.foundTitle" submitId="steering.form.foundSubmit" onSubmit={submit} pending={found.isPending} error={found.error} size="xl" testId="committee-found-form">
      <CommitteeFields value={draft} onChange={setDraft} t={t} />
      <DateField labelId="steering.form.validFrom" value={validFrom} onChange={setValidFrom} error={t('validFrom')} required testId="committee-valid-from" />
      <MembersEditor value={members} onChange={setMembers} t={t} />
    </FormModal>
  );
}
