import { Button, Menu, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Me } from '../../../shared/contracts/auth.ts';
import { useSignOut } from '../../features/auth/index.ts';
import { UserIcon } from '../../ui/icons.tsx';
import { linkProps } from '../router/router.ts';
import { paths } from '../router/routes.ts';

/** Who is signed in, their settings, the API docs (administrators), and sign out. */
export function UserMenu({ user }: { user: Me }) {
  const intl = useIntl();
  const signOut = useSignOut();
  const isAdministrator = user.grants.some((g) => g.role === 'administrator');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" px={6} data-testid="user-menu" aria-label={intl.formatMessage({ id: 'nav.userMenu' })} leftSection={<UserIcon />}>
          {/* The name only on wide screens: below, the header's navigation needs the room (it is in the menu). */}
          <Text span size="sm" visibleFrom="xl" maw={160} truncate="end">
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.displayName}</Menu.Label>
        <Menu.Item component="a" {...linkProps(paths.settings())}>
          <FormattedMessage id="nav.settings" />
        </Menu.Item>
        {isAdministrator && (
          <Menu.Item component="a" href="/api/docs" target="_blank" rel="noopener">
            <FormattedMessage id="nav.apiDocs" />
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" data-testid="sign-out" onClick={() => signOut.mutate()}>
          <FormattedMessage id="auth.signOut" />
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
