import type { Config } from '@backstage/config';

/** A devfile the platform team offers as a starting point (`cheLauncher.devfiles[]`). */
export interface GoldenPathDevfile {
  name: string;
  displayName: string;
  description: string;
  url: string;
  tags: string[];
}

/** Reads `cheLauncher.devfiles`; config validation at start catches missing names and URLs. */
export function readGoldenPathDevfiles(config: Config): GoldenPathDevfile[] {
  return (config.getOptionalConfigArray('cheLauncher.devfiles') ?? []).map(
    devfile => {
      const name = devfile.getString('name');
      return {
        name,
        displayName: devfile.getOptionalString('displayName') ?? name,
        description: devfile.getOptionalString('description') ?? '',
        url: devfile.getString('url'),
        tags: devfile.getOptionalStringArray('tags') ?? [],
      };
    },
  );
}
