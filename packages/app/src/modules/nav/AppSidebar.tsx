import {
  Sidebar,
  SidebarDivider as StyledSidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper as StyledSidebarScrollWrapper,
  SidebarSpace as StyledSidebarSpace,
} from '@backstage/core-components';
import type { ComponentType, PropsWithChildren } from 'react';
import type {
  NavContentComponentProps,
  NavContentNavItem,
} from '@backstage/plugin-app-react';
import MenuIcon from '@material-ui/icons/Menu';
import Typography from '@material-ui/core/Typography';

// These three are MUI-styled components whose declarations resolve React 17's types (hoisted at the
// repository root for older packages), which React 18's JSX refuses; at run time they are the
// same components.
const SidebarDivider = StyledSidebarDivider as unknown as ComponentType;
const SidebarScrollWrapper =
  StyledSidebarScrollWrapper as unknown as ComponentType<PropsWithChildren>;
const SidebarSpace = StyledSidebarSpace as unknown as ComponentType;

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
