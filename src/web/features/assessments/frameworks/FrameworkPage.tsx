import { useState } from 'react';
import { Accordion, Alert, Anchor, Badge, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { flattenFramework } from '../../../../shared/domain/framework-tree.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps, navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useNameOf } from '../../units/index.ts';
import { useFramework, useFrameworks } from '../api.ts';
import { ExampleBadge, ToConfirmMark } from '../badges.tsx';
import { useAssessmentFormat } from '../format.ts';
import { FrameworkNodeItem } from './FrameworkNodeItem.tsx';
import { ExportButton } from '../../../ui/ExportButton.tsx';
import { JsonExportButton } from './JsonExportButton.tsx';
import { NextVersionModal } from './NextVersionModal.tsx';
import { useCanOn } from '../../tasks/index.ts';

function useVersionParam(): number | null {
  const value = Number(useLocation().search.get('version'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** /assessments/frameworks/{code}?version: a framework's tree of areas, criteria and sub-criteria, and its JSON file. */
export function FrameworkPage({ code }: { code: string }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const canRead = useCan('assessments.read');
  const version = useVersionParam();
  const query = useFramework(code, version);
  const versions = (useFrameworks().data ?? []).filter((f) => f.code === code).map((f) => f.version);
  const canManage = useCan('assessments.manage');
  const canChange = useCanOn('assessments.manage', query.data?.owner?.code);
  const [nextOpen, setNextOpen] = useState(false);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  if (query.isPending) return <Loader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const { framework, frozen } = query.data;
  const toConfirm = flattenFramework(framework).filter((n) => !n.node.maxVerified).length;
  return (
    <Stack gap="md" data-testid="framework-page">
      <Anchor size="sm" {...linkProps(paths.frameworks())}>
        <FormattedMessage id="assessments.framework.back" />
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{nameOf(framework.names) || framework.code}</Title>
        <Group gap="xs">
          {framework.example && <ExampleBadge />}
          {frozen && (
            <Badge size="sm" color="blue" variant="light">
              <FormattedMessage id="assessments.framework.frozen" />
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            <FormattedMessage
              id="assessments.framework.facts"
              values={{ code: framework.code, version: query.data.version, year: format.year(framework.year), subject: intl.formatMessage({ id: `assessments.subject.${framework.subject}` }), total: format.points(framework.total) }}
            />
          </Text>
        </Group>
        {query.data.owner && (
          <Text size="sm" data-testid="framework-owner-line">
            <FormattedMessage id="assessments.editor.ownedBy" values={{ owner: nameOf(query.data.owner.names) || query.data.owner.code }} />
          </Text>
        )}
        {framework.basis && (
          <Text size="sm">
            <FormattedMessage id="assessments.framework.basis" values={{ basis: framework.basis }} />
          </Text>
        )}
      </Stack>
      <Group gap="sm" align="flex-end">
        <Group gap="xs">
          <JsonExportButton framework={framework} version={query.data.version} />
          <ExportButton href={`/api/frameworks/${encodeURIComponent(framework.code)}/export.xlsx?version=${query.data.version}`} testId="framework-export-xlsx" />
        </Group>
        {canManage && (
          <Group gap="xs">
            <Button component="a" size="xs" {...linkProps(paths.frameworkEdit(code))} data-testid="framework-edit">
              <FormattedMessage id={canChange ? 'assessments.editor.edit' : 'assessments.editor.adapt'} />
            </Button>
            {canChange && (
              <Button size="xs" variant="light" onClick={() => setNextOpen(true)} data-testid="framework-next-version">
                <FormattedMessage id="assessments.editor.nextVersion" />
              </Button>
            )}
          </Group>
        )}
        {versions.length > 1 && (
          <Select
            size="xs"
            w={160}
            aria-label={intl.formatMessage({ id: 'assessments.framework.version' })}
            data={[...versions].sort((a, b) => b - a).map((v) => ({ value: String(v), label: intl.formatMessage({ id: 'assessments.framework.versionShort' }, { version: v }) }))}
            value={String(query.data.version)}
            onChange={(v) => v && navigate(paths.framework(code, Number(v)), { replace: true })}
            allowDeselect={false}
          />
        )}
      </Group>
      {nextOpen && <NextVersionModal code={code} year={framework.year} onClose={() => setNextOpen(false)} />}
      {toConfirm > 0 && (
        <Alert color="orange" variant="light" data-testid="framework-to-confirm">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ToConfirmMark />
            <Text size="sm">
              <FormattedMessage id="assessments.framework.toConfirmCount" values={{ count: toConfirm }} />
            </Text>
          </Group>
        </Alert>
      )}
      <Accordion multiple variant="separated" defaultValue={[framework.areas[0]?.key ?? '']} data-testid="framework-tree">
        {framework.areas.map((area) => (
          <Accordion.Item key={area.key} value={area.key}>
            <Accordion.Control data-testid={`area-${area.key}`}>
              <Group justify="space-between" wrap="nowrap" gap="sm" pe="xs">
                <Text fw={700} size="sm">
                  {area.code}. {nameOf(area.names) || area.key}
                </Text>
                <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {format.points(area.max)}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {!area.maxVerified && <ToConfirmMark />}
              {area.guidance && (
                <Text size="xs" c="dimmed" mt={4} mb="xs">
                  {nameOf(area.guidance)}
                </Text>
              )}
              {area.children?.map((child) => (
                <FrameworkNodeItem key={child.key} node={child} depth={1} />
              ))}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
