import { Alert, Button, Code, CopyButton, Modal, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

/** The new token's secret, shown this once: the server keeps only its hash. */
export function SecretModal({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const intl = useIntl();
  return (
    <Modal opened onClose={onClose} title={intl.formatMessage({ id: 'tokens.secretTitle' }, { name })} size="lg" closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <Stack gap="sm">
        <Alert color="yellow" role="alert">
          <FormattedMessage id="tokens.secretOnce" />
        </Alert>
        <Code block data-testid="token-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="tokens.secretUsage" />
        </Text>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button color={copied ? 'teal' : undefined} onClick={copy}>
              <FormattedMessage id={copied ? 'tokens.copied' : 'tokens.copy'} />
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onClose}>
          <FormattedMessage id="tokens.secretDone" />
        </Button>
      </Stack>
    </Modal>
  );
}
