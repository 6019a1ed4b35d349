import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { uploadPercent, type UploadState } from '../../app/api/upload.ts';
import { useFormatSize } from '../../app/i18n/format.ts';

interface Props {
  state: UploadState;
  onCancel?: () => void;
  testId?: string;
}

/**
 * A file being sent: the share of bytes sent (and how many of how many), then an animated bar
 * while the server reads and applies it — which, for a large file, takes a while too.
 */
export function UploadProgress({ state, onCancel, testId }: Props) {
  const intl = useIntl();
  const formatSize = useFormatSize();
  const percent = uploadPercent(state);
  const uploading = state.phase === 'uploading';
  return (
    <Stack gap={4} data-testid={testId} data-phase={state.phase} data-percent={percent ?? undefined} role="status" aria-live="polite">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">
          {uploading ? (
            <FormattedMessage
              id={state.total ? 'upload.sending' : 'upload.sendingUnknown'}
              values={{ percent: intl.formatNumber((percent ?? 0) / 100, { style: 'percent' }), loaded: formatSize(state.loaded), total: formatSize(state.total ?? 0) }}
            />
          ) : (
            <FormattedMessage id="upload.processing" />
          )}
        </Text>
        {uploading && onCancel && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onCancel} data-testid={testId && `${testId}-cancel`}>
            <FormattedMessage id="upload.cancel" />
          </Button>
        )}
      </Group>
      <Progress
        value={uploading ? (percent ?? 100) : 100}
        animated={!uploading || percent === null}
        striped={!uploading || percent === null}
        size="lg"
        aria-label={intl.formatMessage({ id: uploading ? 'upload.sendingLabel' : 'upload.processing' })}
      />
    </Stack>
  );
}
