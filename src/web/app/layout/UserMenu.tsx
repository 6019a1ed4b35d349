import { ActionIcon, Menu } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Me } from '../../../shared/contracts/auth.ts';
import { useSignOut } from '../../features/auth/index.ts';
import { UserIcon } from '../../ui/icons.tsx';
import { linkProps } from '../router/router.ts';
import { paths } from '../router/routes.ts';

/** Who is signed in (named at the top of the menu), their settings, the API docs (administrators), and sign out. */
export function UserMenu({ user }: { user: Me }) {
  const intl = useIntl();
  const signOut = useSignOut();
  const isAdministrator = user.grants.some((g) => g.role === 'administrator');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* An icon only: the header's navigation needs the room; the name heads the menu. */}
        <ActionIcon variant="subtle" color="gray" size="lg" data-testid="user-menu" aria-label={intl.formatMessage({ id: 'nav.userMenu' })}>
          <UserIcon />
        </ActionIcon>
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
