/*
 * The router's types, keyed by method and express path. Backstage's `TypedRouter` finds the
 * route of each `router.get(path, handler)` by scanning every key of the endpoint map with
 * template-literal inference, and relates the handler to the result while the path is still a
 * type parameter. That grows much faster than the number of routes: one `router.get` of the
 * factstore spec (about 180 routes) took minutes of type checking. Here the routes of each method
 * are one mapped type, built once per map, and a call is a lookup in it. The handler types are the
 * same as Backstage's: path parameters, answer, body and query of the route.
 */
import type { ErrorRequestHandler, RequestHandler, Router } from 'express';

/** `/flows/{id}` as express writes it: `/flows/:id`. */
type ExpressPath<P extends string> =
  P extends `${infer Head}{${infer Name}}${infer Tail}`
    ? `${Head}:${Name}${ExpressPath<Tail>}`
    : P;

/** The shape of one route of an endpoint map (see `EndpointMapOf`). */
interface RouteTypes {
  path: unknown;
  query: unknown;
  body: unknown;
  response: unknown;
}

/** The routes of one method, by express path: `#get|/flows/{id}` is `/flows/:id` of `get`. */
type RoutesOf<Map, Method extends string> = {
  [
    K in keyof Map as K extends `#${Method}|${infer P}` ? ExpressPath<P> : never
  ]: Map[K] extends RouteTypes ? Map[K] : never;
};

type Handler<R extends RouteTypes> = RequestHandler<
  R['path'],
  R['response'],
  R['body'],
  R['query'],
  Record<string, string>
>;

type HandlerParams<R extends RouteTypes> =
  | Handler<R>
  | ErrorRequestHandler<
      R['path'],
      R['response'],
      R['body'],
      R['query'],
      Record<string, string>
    >
  | Array<RequestHandler<R['path']> | ErrorRequestHandler<R['path']>>;

/** `router.get(path, ...handlers)` for the paths the spec has for that method. */
interface RouteMatcher<Routes, This> {
  <P extends keyof Routes & string>(
    path: P,
    ...handlers: Array<Handler<Routes[P] & RouteTypes>>
  ): This;
  <P extends keyof Routes & string>(
    path: P,
    ...handlers: Array<HandlerParams<Routes[P] & RouteTypes>>
  ): This;
}

/**
 * An express router whose `get`, `post`, `put` and `delete` take only the spec's paths, with the
 * handlers typed from the endpoint map, as Backstage's `TypedRouter`.
 */
export interface SpecRouter<Map> extends Router {
  get: RouteMatcher<RoutesOf<Map, 'get'>, this>;
  post: RouteMatcher<RoutesOf<Map, 'post'>, this>;
  put: RouteMatcher<RoutesOf<Map, 'put'>, this>;
  delete: RouteMatcher<RoutesOf<Map, '_delete'>, this>;
}

/** The router the spec's validator built, typed by the endpoint map of that spec. */
export function specRouter<Map>(router: Router): SpecRouter<Map> {
  return router as SpecRouter<Map>;
}
