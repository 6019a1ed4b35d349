import { useEffect, useState } from 'react';
import { Button } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import { DownloadIcon } from '../../../ui/icons.tsx';

/**
 * The framework file (the JSON import/export format) as a download: the API answers it
 * wrapped with its version, so the file is made in the browser from that answer.
 */
export function JsonExportButton({ framework, version }: { framework: FrameworkFile; version: number }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(framework, null, 2)}\n`], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [framework]);
  if (!href) return null;
  return (
    <Button component="a" href={href} download={`${framework.code}-v${version}.json`} variant="light" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="framework-export">
      <FormattedMessage id="assessments.framework.export" />
    </Button>
  );
}
