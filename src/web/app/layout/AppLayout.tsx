import type { ReactNode } from 'react';
import { AppShell, Burger, Group, NavLink, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMe } from '../api/session.ts';
import { useLocaleSettings } from '../i18n/locale-context.ts';
import { linkProps, useLocation } from '../router/router.ts';
import { landingPath } from '../router/routes.ts';
import { NotificationsBell } from '../../features/tasks/index.ts';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { headerEntries, NAV_ITEMS, type NavItem } from './nav.ts';
import { NavMenu } from './NavMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

/**
 * Header with the app name, navigation, language, reminders and user menu; the one-stop pages,
 * the assessment, steering, report and administration pages sit behind one menu each. Below
 * the `xl` breakpoint (1408 px: phones, tablets, laptops — an administrator's entries need
 * some 1,370 px in English, the longest) the navigation moves into a drawer-like navbar
 * opened by the burger, every page listed; a test measures the header in every language.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const user = useMe();
  const { preferences, setLocale } = useLocaleSettings();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = NAV_ITEMS.filter((item) => !item.permission || user.permissions.includes(item.permission));
  // The longest matching prefix wins: /dossiers/import marks "Import", not also "Dossiers".
  const matches = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const activePrefix = items.map((item) => item.prefix).filter(matches).sort((a, b) => b.length - a.length)[0];
  const isActive = (prefix: string) => prefix === activePrefix;

  const navLinks = (list: NavItem[], onNavigate?: () => void) =>
    list.map((item) => {
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
          style={{ borderRadius: 'var(--mantine-radius-sm)', whiteSpace: 'nowrap' }}
        />
      );
    });

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'xl', collapsed: { mobile: !opened, desktop: true } }} padding="md">
      <AppShell.Header>
        {/* On a 375px phone the burger, the name, the language, the bell and the user icon just fit. */}
        <Group h="100%" px={{ base: 8, sm: 'sm' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="xl" size="sm" aria-label={intl.formatMessage({ id: 'nav.toggle' })} />
            <UnstyledButton component="a" {...linkProps(landingPath(user.permissions))}>
              <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
                <FormattedMessage id="app.name" />
              </Title>
            </UnstyledButton>
            <Group gap={4} visibleFrom="xl" component="nav" aria-label={intl.formatMessage({ id: 'nav.main' })} wrap="nowrap">
              {headerEntries(items).map((entry) =>
                entry.kind === 'link' ? navLinks([entry.item])[0] : <NavMenu key={entry.menu} menu={entry.menu} items={entry.items} active={entry.items.some((item) => isActive(item.prefix))} />,
              )}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSelect value={preferences.locale} onChange={setLocale} testId="language-switcher" w={{ base: 112, sm: 150 }} />
            <Group gap={2} wrap="nowrap">
              <NotificationsBell />
              <UserMenu user={user} />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      {/* Rendered only while open (phones), so the links never exist twice on a page. */}
      {opened && (
        <AppShell.Navbar p="sm" component="nav" aria-label={intl.formatMessage({ id: 'nav.main' })}>
          {navLinks(items, close)}
        </AppShell.Navbar>
      )}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
