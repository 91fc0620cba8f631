import { redactedUrl } from '../fetch/redactedUrl';
import type { CreateProgress } from '../workspaces/Workspaces';
import type { WorkspaceOwner } from '../workspaces/UserNamespaces';
import type { WorkspaceView } from '../workspaces/workspaceView';
import type { AuditMeta } from '@fawkes/backend-http';

/*
 * What audit events say about workspaces. Only names, ids, phases and a devfile URL without
 * user info, query or fragment: never tokens or devfile contents.
 */

/** Whose workspaces a request is about: a service may act for a user, so this is not always the actor. */
export function ownerMeta(owner: WorkspaceOwner): AuditMeta {
  return { owner: owner.userRef, namespace: owner.namespace };
}

/** What a create asked for. */
export function createRequestMeta(body: {
  devfileUrl?: string;
  entityRef?: string;
  name?: string;
  editor?: string;
}): AuditMeta {
  return {
    devfileSource:
      body.devfileUrl === undefined ? undefined : redactedUrl(body.devfileUrl),
    entityRef: body.entityRef,
    workspaceName: body.name,
    editor: body.editor,
  };
}

/** What a create found out, also when it failed later. */
export function createProgressMeta(progress: CreateProgress): AuditMeta {
  return {
    devfileSource: progress.devfileSource,
    namespaceProvisioned: progress.namespaceProvisioned,
  };
}

/** The workspace a request acted on, with its phase as the answer reports it. */
export function workspaceMeta(view: WorkspaceView): AuditMeta {
  return {
    workspaceId: view.workspaceId,
    workspaceName: view.name,
    namespace: view.namespace,
    phase: view.status,
  };
}

/** A deleted workspace: it has no phase of its own any more. */
export function deletedWorkspaceMeta(view: WorkspaceView): AuditMeta {
  return {
    workspaceId: view.workspaceId,
    workspaceName: view.name,
    namespace: view.namespace,
  };
}
