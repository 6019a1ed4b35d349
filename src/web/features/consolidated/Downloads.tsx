import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { DownloadIcon } from '../../ui/icons.tsx';

/** The Word report and its Excel annex: plain download links that look like buttons. */
export function Downloads({ docx, xlsx }: { docx: string; xlsx: string }) {
  return (
    <Group gap="xs">
      <Button component="a" href={docx} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="download-docx">
        <FormattedMessage id="consolidated.downloadDocx" />
      </Button>
      <Button component="a" href={xlsx} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="download-xlsx">
        <FormattedMessage id="consolidated.downloadXlsx" />
      </Button>
    </Group>
  );
}
