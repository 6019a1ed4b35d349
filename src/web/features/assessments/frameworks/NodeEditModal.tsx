import { useState } from 'react';
import { Checkbox, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { frameworkNode, SCORING_METHODS, type FrameworkNodeFile } from '../../../../shared/contracts/frameworks.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { cleanNames, LocalizedNamesFields } from '../../../ui/LocalizedNamesFields.tsx';
import { useAssessmentFormat, useDecimalSeparator } from '../format.ts';
import type { NodePatch } from './framework-edit.ts';
import { DEFAULT_FORMULA, FormulaFields } from './FormulaFields.tsx';

interface Props {
  node: FrameworkNodeFile;
  /** a node added in this edit: its key may still change (a saved key links the years and stays) */
  isNew: boolean;
  onSave: (patch: NodePatch) => void;
  onClose: () => void;
}

/**
 * One criterion's fields: number, names and guidance per language, and — for a leaf — its
 * maximum and how it is scored (a parent's maximum is the sum of its children's). Checked
 * with the shared contract, so the editor refuses what the server would.
 */
export function NodeEditModal({ node, isNew, onSave, onClose }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const format = useAssessmentFormat();
  const decimalSeparator = useDecimalSeparator();
  const leaf = !node.children?.length;
  const [draft, setDraft] = useState<FrameworkNodeFile>(node);
  const { t, setErrors } = useFieldErrors(null);
  const set = (patch: Partial<FrameworkNodeFile>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = () => {
    const guidance = cleanNames(draft.guidance ?? {});
    const { children: _children, guidance: _guidance, formula, ...rest } = draft;
    const candidate: FrameworkNodeFile = { ...rest, names: cleanNames(draft.names), ...(Object.keys(guidance).length ? { guidance } : {}), ...(draft.method === 'computed' ? { formula: formula ?? DEFAULT_FORMULA } : {}) };
    const checked = validate(frameworkNode, candidate, { key: 'assessments.editor.keyFormat' });
    if (!checked.ok) return setErrors(checked.errors);
    const patch: NodePatch = { ...candidate };
    // Leaving the computed method drops the formula; undefined fields are removed from the node.
    onSave({ ...patch, guidance: candidate.guidance, formula: candidate.formula });
  };

  return (
    <FormModal opened onClose={onClose} titleId="assessments.editor.nodeTitle" titleValues={{ code: node.code }} onSubmit={submit} pending={false} testId="node-form">
      {isNew ? (
        <TextInput label={intl.formatMessage({ id: 'assessments.editor.key' })} description={intl.formatMessage({ id: 'assessments.editor.keyHint' })} value={draft.key} onChange={(e) => set({ key: e.currentTarget.value })} error={t('key')} ff="monospace" data-testid="node-key" />
      ) : (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="assessments.editor.keyFixed" values={{ key: node.key }} />
        </Text>
      )}
      <TextInput label={intl.formatMessage({ id: 'assessments.editor.code' })} value={draft.code} onChange={(e) => set({ code: e.currentTarget.value })} error={t('code')} w={160} withAsterisk data-testid="node-code" />
      <LocalizedNamesFields value={draft.names} onChange={(names) => set({ names })} locale={locale} error={t('names')} labelId="assessments.editor.nameIn" />
      <LocalizedNamesFields value={draft.guidance ?? {}} onChange={(guidance) => set({ guidance })} locale={locale} labelId="assessments.editor.guidanceIn" testIdPrefix="guidance" />
      {leaf ? (
        <NumberInput label={intl.formatMessage({ id: 'assessments.editor.max' })} value={draft.max} min={0} max={1000} decimalScale={2} decimalSeparator={decimalSeparator} thousandSeparator="" allowNegative={false} onChange={(v) => set({ max: Number(v) || 0 })} error={t('max')} w={160} data-testid="node-max-input" />
      ) : (
        <Text size="sm">
          <FormattedMessage id="assessments.editor.maxDerived" values={{ max: format.points(node.max) }} />
        </Text>
      )}
      <Checkbox label={intl.formatMessage({ id: 'assessments.editor.maxVerified' })} checked={draft.maxVerified} onChange={(e) => set({ maxVerified: e.currentTarget.checked })} data-testid="node-max-verified" />
      {leaf && (
        <Select
          label={intl.formatMessage({ id: 'assessments.editor.method' })}
          data={SCORING_METHODS.map((m) => ({ value: m, label: intl.formatMessage({ id: `assessments.method.${m}` }) }))}
          value={draft.method ?? null}
          onChange={(m) => set({ method: (m ?? undefined) as FrameworkNodeFile['method'] })}
          error={t('method')}
          allowDeselect={false}
          data-testid="node-method"
        />
      )}
      {leaf && draft.method === 'computed' && <FormulaFields value={draft.formula ?? DEFAULT_FORMULA} onChange={(formula) => set({ formula })} />}
    </FormModal>
  );
}
