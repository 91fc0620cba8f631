import { ConfigReader } from '@backstage/config';
import {
  CHE_DEFAULT_COMPONENTS,
  devEnvironmentsFromConfig,
} from './devEnvironments';

describe('devEnvironmentsFromConfig', () => {
  it("defaults to a CheCluster's defaults, without a Che namespace", () => {
    expect(devEnvironmentsFromConfig(new ConfigReader({}))).toEqual({
      cheNamespace: undefined,
      pvcStrategy: 'per-user',
      defaultComponents: CHE_DEFAULT_COMPONENTS,
      defaultContainerImage:
        'quay.io/devfile/universal-developer-image:ubi9-latest',
    });
  });

  it('reads the configured settings and refuses a storage strategy Che does not offer', () => {
    const components = [
      { name: 'tools', container: { image: 'quay.io/acme/tools:1' } },
    ];
    const config = (pvcStrategy: string) =>
      new ConfigReader({
        cheLauncher: {
          cheNamespace: 'openshift-devspaces',
          pvcStrategy,
          defaultComponents: components,
        },
      });
    expect(devEnvironmentsFromConfig(config('ephemeral'))).toEqual({
      cheNamespace: 'openshift-devspaces',
      pvcStrategy: 'ephemeral',
      defaultComponents: components,
      defaultContainerImage: 'quay.io/acme/tools:1',
    });
    expect(() => devEnvironmentsFromConfig(config('async'))).toThrow(
      'cheLauncher.pvcStrategy "async" must be one of common, per-user, per-workspace, ephemeral',
    );
  });
});
