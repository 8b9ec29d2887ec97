import { enrichContext, UnauthenticatedError, type StorefrontActor } from '@brigade/core';
import type { NextFunction, Request, Response } from 'express';
import type { StaffTokens } from './staff-tokens';

/** Finds the storefront behind an API key (by its hash); undefined when unknown or revoked. */
export type ApiKeyResolver = (apiKey: string) => Promise<StorefrontActor | undefined>;

/**
 * Who is calling: staff with `Authorization: Bearer <token>`, a storefront with
 * `X-Api-Key`. Anything else answers 401. The actor is kept for the request and its tenant
 * is stamped on every log line.
 */
export function authenticate(options: { tokens: StaffTokens; apiKeys?: ApiKeyResolver }) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // A device credential checked before (a kitchen screen's key) already named the caller.
    if (res.locals.actor) return next();
    const bearer = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '')?.[1];
    const apiKey = req.header('x-api-key');
    const actor = bearer
      ? await options.tokens.verify(bearer)
      : apiKey && options.apiKeys
        ? await options.apiKeys(apiKey)
        : undefined;
    if (!actor) {
      res.set('WWW-Authenticate', 'Bearer realm="brigade"');
      throw new UnauthenticatedError(
        apiKey
          ? 'The API key is not valid'
          : 'Send a staff token (Authorization: Bearer) or an API key (X-Api-Key)',
      );
    }
    res.locals.actor = actor;
    enrichContext({ tenantId: actor.tenantId });
    next();
  };
}
