/*
 * The typed router of @backstage/backend-openapi-utils takes an "endpoint map": for each route
 * `#<method>|<path>` the types of its path parameters, query, JSON body and JSON answer. Backstage
 * generates that map with a Java tool; here it is derived from the `paths` types that
 * openapi-typescript generates from the same spec, so one generated file feeds both the router
 * and the client.
 */

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The router names `delete` `_delete`. */
type RouterMethod<M extends HttpMethod> = M extends 'delete' ? '_delete' : M;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207;

type JsonContent<T> = T extends { content: { 'application/json': infer B } }
  ? B
  : T extends { content: infer C }
    ? C[keyof C]
    : undefined;

type ParametersOf<Op, Where extends 'path' | 'query'> = Op extends {
  parameters: infer P;
}
  ? Where extends keyof P
    ? [NonNullable<P[Where]>] extends [never]
      ? {}
      : NonNullable<P[Where]>
    : {}
  : {};

type BodyOf<Op> = Op extends { requestBody?: infer B }
  ? [NonNullable<B>] extends [never]
    ? undefined
    : JsonContent<NonNullable<B>>
  : undefined;

type ResponseOf<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: S extends SuccessStatus ? JsonContent<R[S]> : never;
    }[keyof R]
  : unknown;

type Endpoint<Paths> = {
  [P in keyof Paths & string]: {
    [M in HttpMethod]: Paths[P] extends { [K in M]: infer Op }
      ? [Op] extends [never]
        ? never
        : { key: `#${RouterMethod<M>}|${P}`; op: Op }
      : never;
  }[HttpMethod];
}[keyof Paths & string];

/** The endpoint map of an OpenAPI document, from the `paths` openapi-typescript generates of it. */
export type EndpointMapOf<Paths> = {
  [E in Endpoint<Paths> as E['key']]: {
    path: ParametersOf<E['op'], 'path'>;
    query: ParametersOf<E['op'], 'query'>;
    body: BodyOf<E['op']>;
    response: ResponseOf<E['op']>;
  };
};
