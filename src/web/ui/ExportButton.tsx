import { Button } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { DownloadIcon } from './icons.tsx';

/** "Export to Excel": a plain download link (see `exportUrl`) that looks like a button. */
export function ExportButton({ href, testId }: { href: string; testId: string }) {
  return (
    <Button component="a" href={href} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid={testId}>
      <FormattedMessage id="tasks.exportExcel" />
    </Button>
  );
}
