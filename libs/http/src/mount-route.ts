import type { RouteContract } from '@brigade/contracts';
import { AppError, ValidationError, type Logger } from '@brigade/core';
import type { Db } from '@brigade/db';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { IdempotencyStore } from './idempotency-store';
import { toProblem } from './problem';
import { requestHash } from './request-hash';
import { parseRequest, type RouteInput } from './validate';

export type RouteHandler<R extends RouteContract> = (
  input: RouteInput<R>,
  req: Request,
) => Promise<z.input<R['response']['body']>>;

export interface IdempotencyOptions {
  store: IdempotencyStore;
  db: Db;
  log: Logger;
  /** Who the client is; keys are unique per scope. */
  scope: (req: Request, input: RouteInput<RouteContract>) => string;
}

/**
 * `in-handler`: the use case keeps the key with the effect itself, because the effect
 * spans a call to the outside world that one transaction cannot hold (a payment).
 */
export type IdempotencyMode = IdempotencyOptions | 'in-handler';

/** Mounts one contract route: validation from its schemas, idempotency when it says so. */
export function mountRoute<R extends RouteContract>(
  router: Router,
  route: R,
  handler: RouteHandler<R>,
  idempotency?: IdempotencyMode,
): void {
  router[route.method](route.path, async (req: Request, res: Response) => {
    if (route.idempotent) {
      if (!idempotency) throw new Error(`route ${route.path} needs an idempotency store`);
      if (idempotency !== 'in-handler') return runIdempotent(route, handler, idempotency, req, res);
      idempotencyKeyOf(req);
    }
    const body = await handler(parseRequest(route, req), req);
    // Nothing to say (a webhook's acknowledgement): an empty body, as providers expect.
    if (body === undefined) res.status(route.response.status).end();
    else res.status(route.response.status).json(body);
  });
}

async function runIdempotent<R extends RouteContract>(
  route: R,
  handler: RouteHandler<R>,
  options: IdempotencyOptions,
  req: Request,
  res: Response,
) {
  const key = idempotencyKeyOf(req);
  const input = parseRequest(route, req);
  const scope = options.scope(req, input as RouteInput<RouteContract>);
  const { store, db } = options;
  const begun = await store.begin(scope, key, requestHash(req.method, req.path, req.body));
  if (begun.kind === 'replay') {
    res.set('Idempotent-Replayed', 'true');
    const isProblem = begun.status >= 400;
    res.status(begun.status).type(isProblem ? 'application/problem+json' : 'application/json');
    return res.send(JSON.stringify(begun.body));
  }
  const status = route.response.status;
  try {
    const body = await db.withTransaction(async (em) => {
      const result = await handler(input, req);
      await store.complete(em, scope, key, status, result);
      return result;
    });
    res.status(status).json(body);
  } catch (err) {
    if (err instanceof AppError && !err.retryable) {
      // A final answer (the effect rolled back): replay the same problem next time.
      await store.complete(db.manager(), scope, key, err.status, toProblem(err, req.originalUrl));
    } else {
      await store
        .release(scope, key)
        .catch((e: unknown) => options.log.error({ err: e }, 'idempotency release failed'));
    }
    throw err;
  }
}

/** The request's Idempotency-Key; a 422 naming the header when it is missing or too long. */
export function idempotencyKeyOf(req: Request): string {
  const key = req.header('idempotency-key');
  if (!key || key.length > 255) {
    throw new ValidationError(
      [{ field: 'header.Idempotency-Key', message: key ? 'at most 255 characters' : 'required' }],
      'An Idempotency-Key header (at most 255 characters) is required for this call',
      'idempotency-key-missing',
    );
  }
  return key;
}
