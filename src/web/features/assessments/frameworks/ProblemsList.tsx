import { Alert, List } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FrameworkProblem } from '../../../../shared/domain/framework-tree.ts';

/** What keeps a framework from being saved, each naming the criterion by its number. */
export function ProblemsList({ problems }: { problems: readonly FrameworkProblem[] }) {
  if (!problems.length) return null;
  return (
    <Alert color="orange" variant="light" title={<FormattedMessage id="assessments.editor.problemsTitle" values={{ count: problems.length }} />} data-testid="framework-problems">
      <List size="sm" spacing={2}>
        {problems.map((p, i) => (
          <List.Item key={`${p.code}-${p.problem}-${i}`}>
            <FormattedMessage id={`assessments.editor.problem.${p.problem}`} values={{ code: p.code }} />
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
