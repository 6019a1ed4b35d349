import type { ReactNode } from 'react';
import { AppShell, Burger, Group, NavLink, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMe } from '../api/session.ts';
import { useLocaleSettings } from '../i18n/locale-context.ts';
import { linkProps, useLocation } from '../router/router.ts';
import { paths } from '../router/routes.ts';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { NAV_ITEMS } from './nav.ts';
import { UserMenu } from './UserMenu.tsx';

/**
 * Header with the app name, navigation, language and user menu. Below the `sm` breakpoint
 * (phones) the navigation moves into a drawer-like navbar opened by the burger.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const user = useMe();
  const { preferences, setLocale } = useLocaleSettings();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = NAV_ITEMS.filter((item) => !item.permission || user.permissions.includes(item.permission));
  const isActive = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

  const navLinks = (onNavigate?: () => void) =>
    items.map((item) => {
      const link = linkProps(item.to);
      return (
        <NavLink
          key={item.id}
          component="a"
          href={link.href}
          onClick={(event) => {
            link.onClick(event);
            onNavigate?.();
          }}
          label={intl.formatMessage({ id: item.id })}
          active={isActive(item.prefix)}
          w="auto"
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        />
      );
    });

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: true } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={intl.formatMessage({ id: 'nav.toggle' })} />
            <UnstyledButton component="a" {...linkProps(paths.units())}>
              <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
                <FormattedMessage id="app.name" />
              </Title>
            </UnstyledButton>
            <Group gap={4} visibleFrom="sm" component="nav" aria-label={intl.formatMessage({ id: 'nav.main' })} wrap="nowrap">
              {navLinks()}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSelect value={preferences.locale} onChange={setLocale} testId="language-switcher" w={{ base: 112, sm: 150 }} />
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Rendered only while open (phones), so the links never exist twice on a page. */}
      {opened && (
        <AppShell.Navbar p="sm" component="nav" aria-label={intl.formatMessage({ id: 'nav.main' })}>
          {navLinks(close)}
        </AppShell.Navbar>
      )}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
