import { Alert, Button, Group } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useVerifyAudit } from './api.ts';

/** "Verify chain": ok with the number of entries checked, or the first broken entry. */
export function VerifyChain() {
  const intl = useIntl();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Group gap="sm" align="flex-start">
      <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
        <FormattedMessage id="audit.verify" />
      </Button>
      {verify.isError && <ErrorAlert error={verify.error} />}
      {result && (
        <Alert data-testid="audit-verify-result" data-ok={String(result.ok)} color={result.ok ? 'green' : 'red'} role="status" py={6}>
          {result.ok
            ? intl.formatMessage({ id: 'audit.verifyOk' }, { count: result.checked })
            : result.brokenAt !== null &&
              intl.formatMessage({ id: 'audit.verifyBroken' }, { id: result.brokenAt, reason: result.reason ? intl.formatMessage({ id: `audit.breaks.${result.reason}` }) : '' })}
          {result.gaps.map((g) => (
            <div key={`${g.stream ?? 0}-${g.after}`}>{intl.formatMessage({ id: 'audit.gaps' }, { after: g.after, next: g.next })}</div>
          ))}
        </Alert>
      )}
    </Group>
  );
}
