import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan, useMe } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { NotFound } from '../../../ui/NotFound.tsx';
import { ROLE_PERMISSIONS } from '../../../../shared/domain/roles.ts';
import { CountsImportForm } from './CountsImportForm.tsx';
import { DossierImportForm } from './DossierImportForm.tsx';
import { ProceduresImportForm } from './ProceduresImportForm.tsx';

/**
 * /dossiers/import (dossiers.manage): dossiers from one-stop systems, the service index's
 * entered counts, and — for a system-wide manager — the procedure catalogue.
 */
export function DossierImportPage() {
  const me = useMe();
  const canManage = useCan('dossiers.manage');
  if (!canManage) return <NotFound messageId="errors.forbidden" />;
  const systemWide = me.grants.some((g) => g.unitCode === null && ROLE_PERMISSIONS[g.role].includes('dossiers.manage'));
  return (
    <Stack gap="lg" maw={960}>
      <Title order={2}>
        <FormattedMessage id="dossiers.import.title" />
      </Title>
      <DossierImportForm />
      <CountsImportForm />
      {systemWide ? (
        <ProceduresImportForm />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap={4}>
            <Title order={3} size="h4">
              <FormattedMessage id="procedures.importTitle" />
            </Title>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="procedures.systemWideOnly" />
            </Text>
            <Anchor size="sm" {...linkProps(paths.procedures())}>
              <FormattedMessage id="procedures.viewCatalogue" />
            </Anchor>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
