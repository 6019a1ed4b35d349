import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { datasetPath, publicPagePath } from '../../../shared/domain/public-addresses.ts';
import { useCan, useMe } from '../../app/api/session.ts';
import { useFormatTimestamp } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useNameOf } from '../units/index.ts';
import { usePublications, useUnpublish } from './api.ts';
import { OpenDataTerms } from './OpenDataTerms.tsx';
import { PublishForm } from './PublishForm.tsx';

const COLUMNS = ['publication.kind', 'publication.subjectColumn', 'publication.publishedAt', 'publication.links', 'publication.actions'];
/**
 * /publication: what of the secretariat's units citizens, the press and other portals can read
 * without an account — publish a finalised round, a unit's service index, one-stop figures or
 * standings, a wave's links; withdraw them (both recorded in the audit log); the open data's terms.
 */
export function PublicationPage() {
  const allowed = useCan('publication.manage');
  const me = useMe();
  const locale = useLocale();
  const nameOf = useNameOf();
  const formatTimestamp = useFormatTimestamp();
  const publications = usePublications();
  const unpublish = useUnpublish();
  if (!allowed) return <NotFound messageId="errors.forbidden" />;
  const systemWide = me.grants.some((g) => g.unitCode === null);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>
          <FormattedMessage id="publication.title" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="publication.intro" />
        </Text>
        <Group gap="md">
          <Anchor href={`/p/${locale}/`} target="_blank" data-testid="public-site-link">
            <FormattedMessage id="publication.publicSite" />
          </Anchor>
          <Anchor href="/api/public/catalogue.json" target="_blank">
            <FormattedMessage id="publication.catalogue" />
          </Anchor>
        </Group>
      </Stack>
      <PublishForm />
      {unpublish.isError && <ErrorAlert error={unpublish.error} />}
      {publications.isPending ? (
        <Loader />
      ) : publications.isError ? (
        <ErrorAlert error={publications.error} onRetry={() => void publications.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={720} isEmpty={publications.data.length === 0} emptyId="publication.empty" data-testid="publications-table">
          {publications.data.map((p) => (
            <Table.Tr key={p.id} data-testid="publication-row" data-kind={p.kind} data-subject={p.subject}>
              <Table.Td>
                <FormattedMessage id={`publication.kinds.${p.kind}`} />
              </Table.Td>
              <Table.Td>{nameOf(p.names) || p.subject}</Table.Td>
              <Table.Td>{formatTimestamp(p.publishedAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor href={publicPagePath(p.kind, p.subject, locale)} target="_blank" size="sm">
                    <FormattedMessage id="publication.page" />
                  </Anchor>
                  <Anchor href={datasetPath(p.kind, p.subject, 'csv')} size="sm">
                    <FormattedMessage id="publication.csv" />
                  </Anchor>
                  <Anchor href={datasetPath(p.kind, p.subject, 'json')} target="_blank" size="sm">
                    <FormattedMessage id="publication.json" />
                  </Anchor>
                </Group>
              </Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" color="red" loading={unpublish.isPending && unpublish.variables === p.id} onClick={() => unpublish.mutate(p.id)} data-testid="unpublish">
                  <FormattedMessage id="publication.unpublish" />
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {systemWide && <OpenDataTerms />}
    </Stack>
  );
}
