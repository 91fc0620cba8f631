import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { factstorePlugin } from './plugin';

describe('factstorePlugin', () => {
  it('puts the Approvals page in the sidebar: a page is a nav item when it has a title and an icon', () => {
    const page = createExtensionTester(
      factstorePlugin.getExtension('page:factstore'),
    );
    expect(page.get(coreExtensionData.title)).toBe('Approvals');
    expect(page.get(coreExtensionData.icon)).toBeDefined();
  });
});
