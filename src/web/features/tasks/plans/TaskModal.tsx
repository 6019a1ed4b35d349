import { useState } from 'react';
import { useIntl } from 'react-intl';
import { taskInput, taskUpdateInput, type Task } from '../../../../shared/contracts/tasks.ts';
import { isApiError } from '../../../app/api/client.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useCreateTask, useUpdateTask } from '../api.ts';
import { EMPTY_TASK, TaskFormFields, type TaskDraft } from './TaskFormFields.tsx';

const orNull = (value: string) => (value.trim() ? value.trim() : null);

function draftOf(task: Task, locale: string): TaskDraft {
  const description = task.description as Record<string, string | undefined>;
  return {
    code: task.code,
    title: task.title,
    description: description[locale] ?? '',
    area: task.area,
    ownerUnitCode: task.ownerUnitCode,
    cooperatingUnitCodes: task.cooperatingUnitCodes,
    supervisor: task.supervisor ?? '',
    key: task.key,
    startDate: task.startDate ?? '',
    deadline: task.deadline,
    expectedOutput: task.expectedOutput,
  };
}

/** The server names an unknown supervisor as `not_found` with `field: supervisor`. */
function unknownSupervisor(error: unknown): boolean {
  return isApiError(error, 'not_found') && error.details?.field === 'supervisor';
}

interface Props {
  /** The plan a new task goes into. */
  planCode: string;
  /** Edit this task (everything but its deadline, which is extended instead). */
  task?: Task;
  onClose: () => void;
}

/** New task in a plan (then opens it), or edits to one. */
export function TaskModal({ planCode, task, onClose }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const [draft, setDraft] = useState<TaskDraft>(() => (task ? draftOf(task, locale) : EMPTY_TASK));
  const create = useCreateTask(planCode);
  const update = useUpdateTask(task?.id ?? 0);
  const mutation = task ? update : create;
  const { t: fieldError, setErrors } = useFieldErrors(mutation.error);
  const supervisorUnknown = unknownSupervisor(mutation.error);
  const t = (field: string) => (field === 'supervisor' && supervisorUnknown ? intl.formatMessage({ id: 'tasks.field.supervisorUnknown' }) : fieldError(field));

  const submit = () => {
    // The description is edited in the reader's language; the other languages are kept.
    const description = { ...(task?.description ?? {}), [locale]: draft.description.trim() };
    const request = {
      code: draft.code,
      title: cleanNames(draft.title),
      description: Object.fromEntries(Object.entries(description).filter(([, v]) => v)),
      area: draft.area ?? '',
      ownerUnitCode: draft.ownerUnitCode ?? '',
      cooperatingUnitCodes: draft.cooperatingUnitCodes,
      supervisor: orNull(draft.supervisor),
      key: draft.key,
      startDate: orNull(draft.startDate),
      expectedOutput: draft.expectedOutput,
      ...(task ? {} : { deadline: draft.deadline }),
    };
    if (task) {
      const checked = validate(taskUpdateInput, request);
      if (!checked.ok) return setErrors(checked.errors);
      setErrors({});
      update.mutate(checked.data, { onSuccess: onClose });
      return;
    }
    const checked = validate(taskInput, request);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (created) => {
        onClose();
        navigate(paths.task(created.id));
      },
    });
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      titleId={task ? 'tasks.editTitle' : 'tasks.create'}
      titleValues={{ code: task?.code ?? '', plan: planCode }}
      submitId={task ? 'app.save' : 'tasks.createSubmit'}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      size="xl"
      testId="task-form"
    >
      <TaskFormFields value={draft} onChange={setDraft} t={t} withDeadline={!task} />
    </FormModal>
  );
}
