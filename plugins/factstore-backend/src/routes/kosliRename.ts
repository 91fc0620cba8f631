import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import type { Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import { mutate, type RouteContext } from '../http/context';
import { nameSchema } from './schemas';

const renameParams = z.object({ org: nameSchema, name: nameSchema });
const renamePayload = z.object({ new_name: nameSchema });

/** What `kosli rename flow|environment` renames: how to find one by name, rename it and show it. */
export interface Renamable<T extends { id: string }> {
  kind: 'flow' | 'environment';
  eventType: string;
  permission: BasicPermission;
  byName(tx: FactStore, org: string, name: string): Promise<T | undefined>;
  rename(tx: FactStore, id: string, name: string): Promise<T>;
  view(tx: FactStore, renamed: T): Promise<unknown>;
}

/**
 * `PUT /api/v2/{flows|environments}/{org}/{name}/rename` with `{new_name}`. A taken name is a
 * 400, not a 409: the CLI retries a 409 as a lock conflict.
 */
export function kosliRenameRoute<T extends { id: string }>(
  router: Router,
  ctx: RouteContext,
  path: string,
  spec: Renamable<T>,
) {
  router.put(path, async (req, res) => {
    const params = parseInput(renameParams, req.params, 'params');
    const body = parseInput(renamePayload, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: spec.eventType, permission: spec.permission },
      async tx => {
        const found = await spec.byName(tx, params.org, params.name);
        if (!found)
          throw new NotFoundError(
            `The ${spec.kind} "${params.name}" does not exist in org "${params.org}"`,
          );
        if (await spec.byName(tx, params.org, body.new_name))
          throw new InputError(
            `body.new_name: ${spec.kind === 'flow' ? 'a' : 'an'} ${spec.kind} named "${body.new_name}" already exists in org "${params.org}"`,
          );
        const renamed = await spec.rename(tx, found.id, body.new_name);
        return {
          result: await spec.view(tx, renamed),
          entityType: spec.kind,
          entityId: found.id,
          details: { from: params.name, to: body.new_name },
        };
      },
    );
    res.json(result);
  });
}
