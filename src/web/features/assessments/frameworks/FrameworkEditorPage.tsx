import { useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FrameworkFile, FrameworkNodeFile, FrameworkVersion } from '../../../../shared/contracts/frameworks.ts';
import { flattenFramework, frameworkProblems } from '../../../../shared/domain/framework-tree.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps, navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useCanOn } from '../../tasks/index.ts';
import { useFramework } from '../api.ts';
import { useAssessmentFormat } from '../format.ts';
import { EditorTree, type TreeActions } from './EditorTree.tsx';
import { useSaveFramework } from './framework-api.ts';
import { addNode, moveNode, removeNode, updateNode, withDerivedMaxima } from './framework-edit.ts';
import { FrameworkHeaderFields } from './FrameworkHeaderFields.tsx';
import { NodeEditModal } from './NodeEditModal.tsx';
import { ProblemsList } from './ProblemsList.tsx';
import { SaveCopyModal } from './SaveCopyModal.tsx';

type Dialog = { kind: 'node'; node: FrameworkNodeFile } | { kind: 'remove'; node: FrameworkNodeFile } | { kind: 'copy' } | null;

/** Unsaved changes survive no reload: the browser asks before leaving the page. */
function useLeaveGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}

function Editor({ saved, canChange }: { saved: FrameworkVersion; canChange: boolean }) {
  const format = useAssessmentFormat();
  const [draft, setDraft] = useState<FrameworkFile>(() => withDerivedMaxima(saved.framework));
  const [dirty, setDirty] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const savedKeys = useMemo(() => new Set(flattenFramework(saved.framework).map((n) => n.node.key)), [saved]);
  const problems = frameworkProblems(draft);
  const save = useSaveFramework();
  useLeaveGuard(dirty);

  const change = (next: FrameworkFile) => {
    setDraft(next);
    setDirty(true);
  };
  const actions: TreeActions = {
    edit: (node) => setDialog({ kind: 'node', node }),
    addChild: (key) => {
      const added = addNode(draft, key, savedKeys);
      change(added.file);
    },
    move: (key, step) => change(moveNode(draft, key, step)),
    remove: (node) => setDialog({ kind: 'remove', node }),
  };
  const addArea = () => change(addNode(draft, null, savedKeys).file);
  const submit = () => save.mutate({ file: draft, owner: null }, { onSuccess: (s) => (setDirty(false), navigate(paths.framework(s.code, s.version))) });
  const close = () => setDialog(null);
  const removed = dialog?.kind === 'remove' ? flattenFramework({ ...draft, areas: [dialog.node] }).length : 0;

  return (
    <Stack gap="md" data-testid="framework-editor">
      <Anchor size="sm" {...linkProps(paths.framework(saved.framework.code))}>
        <FormattedMessage id="assessments.editor.back" />
      </Anchor>
      <Title order={2}>
        <FormattedMessage id="assessments.editor.title" values={{ code: saved.framework.code }} />
      </Title>
      <Alert color={saved.frozen || !canChange ? 'blue' : 'gray'} variant="light" data-testid="editor-version-note">
        <FormattedMessage id={!canChange ? 'assessments.editor.copyOnlyNote' : saved.frozen ? 'assessments.editor.frozenNote' : 'assessments.editor.replaceNote'} values={{ version: saved.version, next: saved.version + 1 }} />
      </Alert>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <FrameworkHeaderFields value={draft} onChange={(patch) => change({ ...draft, ...patch })} errors={() => undefined} />
          <Text size="sm" fw={700} data-testid="editor-total">
            <FormattedMessage id="assessments.editor.total" values={{ total: format.points(draft.total) }} />
          </Text>
        </Stack>
      </Paper>
      <EditorTree areas={draft.areas} actions={actions} />
      <Button variant="light" size="xs" onClick={addArea} style={{ alignSelf: 'flex-start' }} data-testid="add-area">
        <FormattedMessage id="assessments.editor.addArea" />
      </Button>
      <ProblemsList problems={problems} />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group gap="sm" justify="flex-end" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', paddingBlock: 8 }}>
        <Button variant="default" component="a" {...linkProps(paths.framework(saved.framework.code))}>
          <FormattedMessage id="app.cancel" />
        </Button>
        <Button variant="light" onClick={() => setDialog({ kind: 'copy' })} disabled={problems.length > 0} data-testid="editor-save-copy">
          <FormattedMessage id="assessments.editor.saveCopy" />
        </Button>
        {canChange && (
          <Button onClick={submit} loading={save.isPending} disabled={problems.length > 0 || !dirty} data-testid="editor-save">
            <FormattedMessage id={saved.frozen ? 'assessments.editor.saveNext' : 'app.save'} values={{ next: saved.version + 1 }} />
          </Button>
        )}
      </Group>
      {dialog?.kind === 'node' && (
        <NodeEditModal
          node={dialog.node}
          isNew={!savedKeys.has(dialog.node.key)}
          onClose={close}
          onSave={(patch) => {
            change(updateNode(draft, dialog.node.key, patch));
            close();
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <FormModal opened onClose={close} titleId="assessments.editor.removeTitle" titleValues={{ code: dialog.node.code }} submitId="assessments.editor.remove" danger size="md" pending={false} testId="remove-form" onSubmit={() => (change(removeNode(draft, dialog.node.key)), close())}>
          <Text size="sm">
            <FormattedMessage id="assessments.editor.removeHint" values={{ count: removed }} />
          </Text>
        </FormModal>
      )}
      {dialog?.kind === 'copy' && <SaveCopyModal draft={draft} onClose={close} />}
    </Stack>
  );
}

/**
 * /assessments/frameworks/{code}/edit: the latest version as a tree to change node by node —
 * names, guidance, maxima (a parent's is its children's sum), scoring methods and formulas —
 * with the consistency problems listed live. Saving replaces the version while no round uses
 * it, else makes the next one; "save as a copy" starts a new framework (a province's own) —
 * the only way to save for a manager who may not change this one (a shared template).
 */
export function FrameworkEditorPage({ code }: { code: string }) {
  const canManage = useCan('assessments.manage');
  const query = useFramework(code, null);
  const canChange = useCanOn('assessments.manage', query.data?.owner?.code);
  if (!canManage) return <NotFound messageId="errors.forbidden" />;
  if (query.isPending) return <Loader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Editor key={`${query.data.framework.code}@${query.data.version}@${canChange}`} saved={query.data} canChange={canChange} />;
}
