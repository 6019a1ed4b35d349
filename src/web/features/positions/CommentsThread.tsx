import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionComment, PositionListView } from '../../../shared/contracts/positions.ts';
import { useFormatTimestamp } from '../../app/i18n/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useComment } from './api.ts';

const WHOLE_LIST = '';

/** The comments on the list, threaded (answers under what they answer), and writing one or answering. */
export function CommentsThread({ list }: { list: PositionListView }) {
  const roots = list.comments.filter((c) => c.parentId === null);
  return (
    <Stack gap="sm" data-testid="positions-comments">
      {roots.length === 0 && (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="positions.comments.none" />
        </Text>
      )}
      {roots.map((c) => (
        <Thread key={c.id} comment={c} list={list} />
      ))}
      {list.can.comment && <CommentForm list={list} parentId={null} />}
    </Stack>
  );
}

function Thread({ comment, list }: { comment: PositionComment; list: PositionListView }) {
  const [answering, setAnswering] = useState(false);
  const answers = list.comments.filter((c) => c.parentId === comment.id);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`positions-comment-${comment.id}`}>
      <Stack gap="xs">
        <CommentBody comment={comment} list={list} />
        {answers.map((a) => (
          <Paper key={a.id} p="xs" ml="md" bg="var(--mantine-color-default-hover)" radius="sm" data-testid={`positions-comment-${a.id}`}>
            <CommentBody comment={a} list={list} />
          </Paper>
        ))}
        {list.can.comment &&
          (answering ? (
            <CommentForm list={list} parentId={comment.id} onDone={() => setAnswering(false)} />
          ) : (
            <Group>
              <Button size="compact-xs" variant="subtle" onClick={() => setAnswering(true)} data-testid="positions-comment-reply">
                <FormattedMessage id="positions.comments.reply" />
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

function CommentBody({ comment, list }: { comment: PositionComment; list: PositionListView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const at = useFormatTimestamp();
  const position = comment.positionCode ? list.items.find((p) => p.code === comment.positionCode) : undefined;
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text size="xs" fw={600}>{comment.byUnit ? `${comment.by} · ${nameOf(comment.byUnit.names)}` : comment.by}</Text>
        <Text size="xs" c="dimmed">{at(comment.at)}</Text>
        {comment.positionCode && (
          <Badge size="xs" variant="outline" styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}>
            {position ? `${comment.positionCode} · ${nameOf(position.title)}` : intl.formatMessage({ id: 'positions.comments.onPosition' }, { code: comment.positionCode })}
          </Badge>
        )}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="positions-comment-text">
        {comment.text}
      </Text>
    </div>
  );
}

function CommentForm({ list, parentId, onDone }: { list: PositionListView; parentId: number | null; onDone?: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const write = useComment(list.id);
  const [text, setText] = useState('');
  const [on, setOn] = useState<string>(WHOLE_LIST);
  const options = [{ value: WHOLE_LIST, label: intl.formatMessage({ id: 'positions.comments.wholeList' }) }, ...list.items.map((p) => ({ value: p.code, label: `${p.code} · ${nameOf(p.title)}` }))];
  const send = () =>
    write.mutate(
      { text: text.trim(), positionCode: parentId === null && on !== WHOLE_LIST ? on : null, parentId },
      {
        onSuccess: () => {
          setText('');
          onDone?.();
        },
      },
    );
  return (
    <Stack gap="xs" data-testid={parentId === null ? 'positions-comment-form' : 'positions-reply-form'}>
      {parentId === null && <Select label={intl.formatMessage({ id: 'positions.comments.on' })} data={options} value={on} onChange={(v) => setOn(v ?? WHOLE_LIST)} allowDeselect={false} data-testid="positions-comment-on" />}
      <Textarea
        label={intl.formatMessage({ id: parentId === null ? 'positions.comments.write' : 'positions.comments.answer' })}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={2}
        data-testid="positions-comment-input"
      />
      {write.error ? <ErrorAlert error={write.error} /> : null}
      <Group gap="xs">
        <Button size="xs" disabled={!text.trim()} loading={write.isPending} onClick={send} data-testid="positions-comment-send">
          <FormattedMessage id="positions.comments.send" />
        </Button>
        {onDone && (
          <Button size="xs" variant="default" onClick={onDone}>
            <FormattedMessage id="app.cancel" />
          </Button>
        )}
      </Group>
    </Stack>
  );
}
