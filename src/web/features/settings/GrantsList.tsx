import { List, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Grant } from '../../../shared/contracts/auth.ts';
import { pickName } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';

/** The roles the user holds and on which subtree: what decides what they see and may change. */
export function GrantsList({ grants }: { grants: Grant[] }) {
  const intl = useIntl();
  const locale = useLocale();
  return (
    <Stack gap={4}>
      <Title order={4}>
        <FormattedMessage id="settings.grants" />
      </Title>
      {grants.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="settings.noGrants" />
        </Text>
      ) : (
        <List size="sm">
          {grants.map((grant) => (
            <List.Item key={`${grant.role}:${grant.unitCode ?? ''}`}>
              <FormattedMessage
                id="settings.grant"
                values={{
                  role: intl.formatMessage({ id: `roles.${grant.role}` }),
                  scope: grant.unitCode
                    ? `${(grant.unitNames && pickName(grant.unitNames, locale)) || grant.unitCode} (${grant.unitCode})`
                    : intl.formatMessage({ id: 'settings.wholeSystem' }),
                }}
              />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
