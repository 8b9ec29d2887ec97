import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One HTTP route as a contract: the router validates with it, the OpenAPI document is
 * generated from it, and tests build requests from it.
 */
export interface RouteContract {
  method: HttpMethod;
  /** Express-style path, `/v1/orders/:orderId`. */
  path: string;
  summary: string;
  tag: string;
  /** Unsafe storefront calls need an `Idempotency-Key` header. */
  idempotent?: boolean;
  /**
   * `form`: the body comes URL-encoded (a provider's webhook). `signed`: a webhook signed over
   * its bytes; the handler gets them untouched (`rawBodyOf(req)`) and checks the signature
   * before anything is parsed, so `request.body` only documents it. JSON otherwise.
   */
  bodyType?: 'json' | 'form' | 'signed';
  request: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: z.ZodType;
  };
  response: { status: number; description: string; body: z.ZodType };
  /** Problem slugs this route may answer besides the common ones. */
  problems: readonly string[];
}

export function defineRoute<R extends RouteContract>(route: R): R {
  return route;
}
