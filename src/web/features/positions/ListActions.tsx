import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useListMove } from './api.ts';
import { ApproveModal } from './ApproveModal.tsx';
import { ReturnModal } from './ReturnModal.tsx';

/** The moves the reader may make on the list now — only those its `can` allows. A list with changes not saved is not submitted. */
export function ListActions({ list, dirty }: { list: PositionListView; dirty: boolean }) {
  const submit = useListMove(list.id, 'submit');
  const review = useListMove(list.id, 'review');
  const newVersion = useListMove(list.id, 'new-version');
  const [open, setOpen] = useState<'approve' | 'return' | null>(null);
  const { can } = list;
  if (!can.submit && !can.review && !can.approve && !can.return && !can.newVersion) return null;
  const error = submit.error ?? review.error ?? newVersion.error;
  return (
    <>
      <Group gap="xs" wrap="wrap" data-testid="positions-actions">
        {can.submit && (
          <Button size="sm" disabled={dirty || list.items.length === 0} loading={submit.isPending} onClick={() => submit.mutate()} data-testid="positions-submit">
            <FormattedMessage id={list.status === 'draft' ? 'positions.actions.submit' : 'positions.actions.resubmit'} />
          </Button>
        )}
        {can.review && (
          <Button size="sm" variant="light" color="cyan" loading={review.isPending} onClick={() => review.mutate()} data-testid="positions-review">
            <FormattedMessage id="positions.actions.review" />
          </Button>
        )}
        {can.approve && (
          <Button size="sm" color="green" onClick={() => setOpen('approve')} data-testid="positions-approve">
            <FormattedMessage id="positions.actions.approve" />
          </Button>
        )}
        {can.return && (
          <Button size="sm" variant="light" color="orange" onClick={() => setOpen('return')} data-testid="positions-return">
            <FormattedMessage id="positions.actions.return" />
          </Button>
        )}
        {can.newVersion && (
          <Button size="sm" variant="default" loading={newVersion.isPending} onClick={() => newVersion.mutate(undefined, { onSuccess: (r) => navigate(paths.positionList(r.id)) })} data-testid="positions-new-version">
            <FormattedMessage id="positions.actions.newVersion" />
          </Button>
        )}
      </Group>
      {can.submit && dirty && (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="positions.actions.saveFirst" />
        </Text>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {open === 'approve' && <ApproveModal id={list.id} onClose={() => setOpen(null)} />}
      {open === 'return' && <ReturnModal id={list.id} onClose={() => setOpen(null)} />}
    </>
  );
}
