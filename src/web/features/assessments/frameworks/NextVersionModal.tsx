import { useState } from 'react';
import { NumberInput, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useNextFrameworkVersion } from './framework-api.ts';

/** Next year's version: a copy of the latest with the same keys, opened in the editor to change. */
export function NextVersionModal({ code, year, onClose }: { code: string; year: number; onClose: () => void }) {
  const intl = useIntl();
  const [next, setNext] = useState(year + 1);
  const create = useNextFrameworkVersion(code);
  return (
    <FormModal opened onClose={onClose} titleId="assessments.editor.nextVersion" onSubmit={() => create.mutate(next, { onSuccess: () => navigate(paths.frameworkEdit(code)) })} pending={create.isPending} error={create.error} size="md" testId="next-version-form">
      <Text size="sm">
        <FormattedMessage id="assessments.editor.nextVersionHint" />
      </Text>
      <NumberInput label={intl.formatMessage({ id: 'assessments.framework.year' })} value={next} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} onChange={(y) => setNext(Number(y) || next)} w={140} data-testid="next-version-year" />
    </FormModal>
  );
}
