import { Button, Menu } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ChevronDown } from '../../ui/icons.tsx';
import { linkProps } from '../router/router.ts';
import type { NavItem, NavMenuId } from './nav.ts';

/**
 * Several pages behind one header entry (the one-stop pages, the administration pages), so
 * that the header stays on one line in every language.
 */
export function NavMenu({ menu, items, active }: { menu: NavMenuId; items: NavItem[]; active: boolean }) {
  const intl = useIntl();
  if (items.length === 0) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant={active ? 'light' : 'subtle'} color={active ? undefined : 'dark'} fw={400} px="sm" rightSection={<ChevronDown size={14} />} data-testid={`nav-${menu}`} style={{ flexShrink: 0 }}>
          <FormattedMessage id={`nav.${menu}`} />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.id} component="a" {...linkProps(item.to)} data-testid={`nav-item-${item.id}`}>
            {intl.formatMessage({ id: item.id })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
