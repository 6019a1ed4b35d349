import { Anchor, Badge, Code, Stack, Table, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UnitDetail } from '../../../shared/contracts/units.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useUnitKinds } from './api.ts';
import { useKindName, useNameOf } from './names.ts';

const COLUMNS = ['units.field.name', 'units.field.code', 'units.field.kind'];

/** The units directly under this one, as of the page's date. */
export function UnitChildren({ detail }: { detail: UnitDetail }) {
  const nameOf = useNameOf();
  const kindName = useKindName();
  const { data: kinds = [] } = useUnitKinds();
  // The same order as the tree: by kind, then by name in the reader's language.
  const order = new Map(kinds.map((k) => [k.code, k.sortOrder]));
  const collator = new Intl.Collator(useLocale(), { numeric: true });
  const rank = (kind: string) => order.get(kind) ?? Number.MAX_SAFE_INTEGER;
  const children = [...detail.children].sort((a, b) => rank(a.kind) - rank(b.kind) || collator.compare(nameOf(a.names), nameOf(b.names)));
  return (
    <Stack gap="xs" data-testid="unit-children">
      <Title order={3}>
        <FormattedMessage id="units.children.title" values={{ count: children.length }} />
      </Title>
      <DataTable columns={COLUMNS} minWidth={360} isEmpty={children.length === 0} emptyId="units.children.none" emptySize="sm" highlightOnHover>
        {children.map((child) => (
          <Table.Tr key={child.code}>
            <Table.Td>
              <Anchor {...linkProps(paths.unit(child.code, detail.asOf))}>{nameOf(child.names) || child.code}</Anchor>
            </Table.Td>
            <Table.Td>
              <Code>{child.code}</Code>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" size="sm">
                {kindName(child.kind)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
