import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import type {
  NavContentComponentProps,
  NavContentNavItem,
} from '@backstage/plugin-app-react';
import MenuIcon from '@material-ui/icons/Menu';
import Typography from '@material-ui/core/Typography';

function NavItem(item: NavContentNavItem) {
  return (
    <SidebarItem to={item.href} icon={() => item.icon} text={item.title} />
  );
}

/**
 * The sidebar: the portal's name on top, then the catalog and every plugin page that has a title
 * and an icon (the new frontend system turns those into nav items), alphabetically.
 */
export function AppSidebar({ navItems }: NavContentComponentProps) {
  const items = navItems.withComponent(NavItem);
  const catalog = items.take('page:catalog');
  return (
    <Sidebar>
      <Typography
        variant="h6"
        component="div"
        style={{
          color: '#fff',
          padding: '20px 24px 12px',
          whiteSpace: 'nowrap',
        }}
      >
        Fawkes
      </Typography>
      <SidebarDivider />
      <SidebarGroup label="Menu" icon={<MenuIcon />}>
        {catalog}
        <SidebarScrollWrapper>
          {items.rest({ sortBy: 'title' })}
        </SidebarScrollWrapper>
      </SidebarGroup>
      <SidebarSpace />
    </Sidebar>
  );
}
