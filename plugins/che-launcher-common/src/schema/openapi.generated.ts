// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the plugin can serve (its database answers) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/devfiles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The golden-path devfiles the platform team configured */
    get: operations['listDevfiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspaces of the caller (or of the user a service names) */
    get: operations['listWorkspaces'];
    put?: never;
    /** Create and start a workspace from a devfile URL or a catalog entity */
    post: operations['createWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}': {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    /** One workspace, by name or workspaceId */
    get: operations['getWorkspace'];
    put?: never;
    post?: never;
    /** Delete a workspace (and its editor template) */
    delete: operations['deleteWorkspace'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/start': {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a workspace (`spec.started: true`) */
    post: operations['startWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/stop': {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop a workspace (`spec.started: false`) */
    post: operations['stopWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @description The Backstage backend's error shape */
    Error: {
      error: {
        name: string;
        message: string;
      } & {
        [key: string]: unknown;
      };
      request: {
        method?: string;
        url?: string;
      };
      response: {
        statusCode: number;
      };
    };
    Health: {
      /** @enum {string} */
      status: 'healthy' | 'unhealthy';
      /** Format: date-time */
      timestamp: string;
      version: string;
    };
    Devfile: {
      name: string;
      displayName: string;
      description: string;
      url: string;
      tags: string[];
    };
    DevfileList: {
      devfiles: components['schemas']['Devfile'][];
      total: number;
    };
    /**
     * @description A phase the operator and Che's dashboard report
     * @enum {string}
     */
    WorkspacePhase:
      | 'Starting'
      | 'Running'
      | 'Stopping'
      | 'Stopped'
      | 'Failing'
      | 'Failed'
      | 'Terminating'
      | 'Error';
    /** @description `devfileUrl` or `entityRef` is required */
    CreateWorkspaceRequest: {
      /** @description An https URL of a devfile (2.x); fetched with SSRF protection */
      devfileUrl?: string;
      /** @description A catalog entity annotated with `eclipse.org/che-devfile-url` or `eclipse.org/che-devfile` */
      entityRef?: string;
      /** @description The Kubernetes namespace (default the user's Che namespace) */
      namespace?: string;
      /** @description The workspace name (default generated from the devfile) */
      name?: string;
      /** @description An editor id such as `che-incubator/che-code/latest` */
      editor?: string;
      /** @description The user a service acts for (`user:default/jane`) */
      user?: string;
    };
    Workspace: {
      /** @description The DevWorkspace's uid */
      workspaceId: string;
      name: string;
      namespace: string;
      /** @description The workspace's phase (see WorkspacePhase) */
      status: string;
      /** @description The IDE's URL once the workspace runs */
      ideUrl: string | null;
      devfile: {
        name: string | null;
        version: string | null;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsed: string;
      /** @description The catalog entity it was opened from (`component:default/payments`), else null */
      entityRef: string | null;
      /** @description Who or what stopped it (e.g. the idle timeout) */
      stoppedBy?: string;
      /** @description Why it failed, while Failed, Failing or Error */
      message?: string;
    };
    WorkspaceList: {
      workspaces: components['schemas']['Workspace'][];
      /** @description All of the user's workspaces that match, not only this page */
      total: number;
    };
  };
  responses: {
    /** @description The request is invalid; the message names the field and what is expected */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Missing or invalid Backstage credentials */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The permission policy denied the request */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such workspace or entity */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description A workspace with this name exists, or the workspace is being deleted */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description A per-user limit (workspaces, running workspaces) is reached */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The cluster or the devfile server answered with an error */
    BadGateway: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No usable cluster, or the cluster or database is unavailable; retry later */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description The workspace's name or its workspaceId */
    workspaceId: string;
    /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
    user: string;
    /** @description Only workspaces in this phase (a WorkspacePhase, in any letter case: `running` is `Running`) */
    status: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Unhealthy (the database does not answer) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  listDevfiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The configured devfiles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevfileList'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listWorkspaces: {
    parameters: {
      query?: {
        /** @description Only workspaces in this phase (a WorkspacePhase, in any letter case: `running` is `Running`) */
        status?: components['parameters']['status'];
        /** @description At most this many workspaces (1-1000, default 100) */
        limit?: number;
        /** @description Skip this many workspaces first (default 0) */
        offset?: number;
        /** @description Only workspaces opened from this catalog entity (`component:default/payments`; compared as Backstage compares entity refs, case-insensitively) */
        entityRef?: string;
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspaces, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CreateWorkspaceRequest'];
      };
    };
    responses: {
      /** @description Created and starting */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description The body is over 64 KiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is in a charset or Content-Encoding the plugin cannot read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getWorkspace: {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspace */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  deleteWorkspace: {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  startWorkspace: {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspace, starting */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  stopWorkspace: {
    parameters: {
      query?: {
        /** @description The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller */
        user?: components['parameters']['user'];
      };
      header?: never;
      path: {
        /** @description The workspace's name or its workspaceId */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspace, stopping */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
}
