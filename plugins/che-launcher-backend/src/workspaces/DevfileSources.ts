import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { GoldenPathDevfile } from '../devfiles/goldenPathDevfiles';

/** Entity annotation with a devfile URL. */
export const DEVFILE_URL_ANNOTATION = 'eclipse.org/che-devfile-url';
/** Entity annotation naming one of the configured golden-path devfiles. */
export const DEVFILE_NAME_ANNOTATION = 'eclipse.org/che-devfile';

/** Finds the devfile URL of a catalog entity from its annotations. */
export class DevfileSources {
  constructor(
    private readonly catalog: CatalogService,
    private readonly devfiles: GoldenPathDevfile[],
  ) {}

  async urlOfEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity)
      throw new InputError(`entityRef ${entityRef} is not in the catalog`);
    const annotations = entity.metadata.annotations ?? {};
    const url = annotations[DEVFILE_URL_ANNOTATION];
    if (url) return url;
    const name = annotations[DEVFILE_NAME_ANNOTATION];
    if (name) {
      const devfile = this.devfiles.find(d => d.name === name);
      if (!devfile) {
        throw new InputError(
          `entityRef ${entityRef} names devfile "${name}" in ${DEVFILE_NAME_ANNOTATION}, which is not configured: known devfiles are ${this.devfiles.map(d => d.name).join(', ') || 'none'}`,
        );
      }
      return devfile.url;
    }
    throw new InputError(
      `entityRef ${entityRef} has neither the ${DEVFILE_URL_ANNOTATION} nor the ${DEVFILE_NAME_ANNOTATION} annotation: give devfileUrl or annotate the entity`,
    );
  }
}
