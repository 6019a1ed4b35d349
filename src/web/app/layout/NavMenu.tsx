import { Button, Menu } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ChevronDown } from '../../ui/icons.tsx';
import { linkProps } from '../router/router.ts';
import type { NavItem } from './nav.ts';

/** The administration pages behind one header entry, so that the header stays on one line. */
export function AdminMenu({ items, active }: { items: NavItem[]; active: boolean }) {
  const intl = useIntl();
  if (items.length === 0) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant={active ? 'light' : 'subtle'} color={active ? undefined : 'dark'} fw={400} px="sm" rightSection={<ChevronDown size={14} />} data-testid="nav-admin">
          <FormattedMessage id="nav.admin" />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.id} component="a" {...linkProps(item.to)}>
            {intl.formatMessage({ id: item.id })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
