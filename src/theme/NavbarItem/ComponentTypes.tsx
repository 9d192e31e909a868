import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import SearchNavbarItem from '@theme/NavbarItem/SearchNavbarItem';
import DocSidebarNavbarItem from '@theme/NavbarItem/DocSidebarNavbarItem';
import type {ComponentTypesObject} from '@theme/NavbarItem/ComponentTypes';

/**
 * The navbar item types this site uses. theme-classic's map imports all nine
 * (dropdowns, locale and version menus…) into every page's main bundle, about
 * 3 KiB gzip the site never runs. A config item of another type fails the
 * build with Docusaurus' "No NavbarItem component found for type …": add its
 * component here. The cast stands for the types left out on purpose.
 */
const ComponentTypes = {
  default: DefaultNavbarItem,
  search: SearchNavbarItem,
  docSidebar: DocSidebarNavbarItem,
} as unknown as ComponentTypesObject;

export default ComponentTypes;
