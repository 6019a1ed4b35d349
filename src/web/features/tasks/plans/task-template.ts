import { csvText } from '../../../../shared/domain/csv.ts';
import { TASK_FILE_OPTIONAL, TASK_FILE_REQUIRED } from '../../../../shared/contracts/tasks.ts';

/** The columns of a task file, required first, in the order the template lists them. */
export const TASK_FILE_COLUMNS = [...TASK_FILE_REQUIRED, ...TASK_FILE_OPTIONAL] as const;

export interface TemplateExample {
  planCode: string;
  taskCode: string;
  title: string;
  ownerUnitCode: string;
  description: string;
}

/** The downloadable template: the header the importer reads and one example row. */
export function taskTemplateCsv(example: TemplateExample): string {
  const values: Record<(typeof TASK_FILE_COLUMNS)[number], string> = {
    plan_code: example.planCode,
    code: example.taskCode,
    title: example.title,
    owner_unit_code: example.ownerUnitCode,
    deadline: `${new Date().getFullYear()}-12-15`,
    start_date: `${new Date().getFullYear()}-01-15`,
    area: 'administrative_procedures',
    key: 'yes',
    completed_on: '',
    description: example.description,
    supervisor: '',
  };
  return csvText(TASK_FILE_COLUMNS, [values]);
}

/** Offers the template as a file download, built in the browser. */
export function downloadTaskTemplate(example: TemplateExample): void {
  const blob = new Blob([taskTemplateCsv(example)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'task-import-template.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
