import { useState } from 'react';
import { committeeUpdate, type CommitteeDetail } from '../../../shared/contracts/steering.ts';
import { validate } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { cleanNames } from '../../ui/LocalizedNamesFields.tsx';
import { useUpdateCommittee } from './api.ts';
import { CommitteeFields, type CommitteeDraft } from './CommitteeFields.tsx';
import { useSteeringFieldErrors } from './form-errors.ts';

/** Correcting a committee's names or founding decision (its code, unit and dates stay: those change by merging). */
export function EditCommitteeModal({ committee, onClose }: { committee: CommitteeDetail; onClose: () => void }) {
  const update = useUpdateCommittee(committee.code);
  const [draft, setDraft] = useState<CommitteeDraft>({ code: committee.code, unitCode: committee.unit.code, names: committee.names, decisionNumber: committee.decisionNumber, decisionDate: committee.decisionDate });
  const { t, setErrors } = useSteeringFieldErrors(update.error, {});

  const submit = () => {
    const checked = validate(committeeUpdate, { names: cleanNames(draft.names), decisionNumber: draft.decisionNumber, decisionDate: draft.decisionDate });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    update.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="steering.form.editTitle" titleValues={{ code: committee.code }} onSubmit={submit} pending={update.isPending} error={update.error} size="xl" testId="committee-edit-form">
      <CommitteeFields value={draft} onChange={setDraft} t={t} correction />
    </FormModal>
  );
}
