import { Anchor, Badge, Breadcrumbs, Code, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UnitDetail, UnitHistory, UnitSummary, UnitVersion } from '../../../shared/contracts/units.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { useGroupName, useKindName, useNameOf } from './names.ts';

export function Validity({ validFrom, validTo }: { validFrom: string; validTo: string | null }) {
  const formatDate = useFormatIsoDate();
  return (
    <Text size="sm" c="dimmed">
      {validTo ? (
        <FormattedMessage id="units.validFromTo" values={{ from: formatDate(validFrom), to: formatDate(validTo) }} />
      ) : (
        <FormattedMessage id="units.validFrom" values={{ from: formatDate(validFrom) }} />
      )}
    </Text>
  );
}

function Facts({ code, state }: { code: string; state: UnitSummary | UnitVersion }) {
  const nameOf = useNameOf();
  const kindName = useKindName();
  const groupName = useGroupName();
  return (
    <>
      <Title order={2} data-testid="unit-title">
        {nameOf(state.names) || code}
      </Title>
      <Group gap="xs">
        <Code>{code}</Code>
        <Badge variant="light">{kindName(state.kind)}</Badge>
        <Validity validFrom={state.validFrom} validTo={state.validTo} />
      </Group>
      {state.groups.length > 0 && (
        <Group gap={6}>
          <Text size="sm">
            <FormattedMessage id="units.field.groups" />:
          </Text>
          {state.groups.map((g) => (
            <Badge key={g} variant="outline" size="sm">
              {groupName(g)}
            </Badge>
          ))}
        </Group>
      )}
    </>
  );
}

/** Title, code, kind, validity, groups and the way up the tree as of the page's date. */
export function UnitHeader({ detail }: { detail: UnitDetail }) {
  const nameOf = useNameOf();
  const { unit, ancestors, asOf } = detail;
  return (
    <Stack gap={6}>
      <Breadcrumbs separator="›" separatorMargin={4} style={{ flexWrap: 'wrap' }}>
        <Anchor size="sm" {...linkProps(paths.units(asOf))}>
          <FormattedMessage id="nav.units" />
        </Anchor>
        {ancestors.map((a) => (
          <Anchor key={a.code} size="sm" {...linkProps(paths.unit(a.code, asOf))}>
            {nameOf(a.names) || a.code}
          </Anchor>
        ))}
      </Breadcrumbs>
      <Facts code={unit.code} state={unit} />
    </Stack>
  );
}

/** When the unit did not exist on the page's date: its last known state. */
export function UnitHeaderFromHistory({ history }: { history: UnitHistory }) {
  const latest = [...history.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1);
  if (!latest) return null;
  return (
    <Stack gap={6}>
      <Facts code={history.code} state={latest} />
    </Stack>
  );
}
