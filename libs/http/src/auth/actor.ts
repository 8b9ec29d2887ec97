import { UnauthenticatedError, type Actor } from '@brigade/core';
import type { Request } from 'express';

/** The authenticated caller of this request (set by `authenticate`). */
export function actorOf(req: Request): Actor {
  const actor = req.res?.locals.actor as Actor | undefined;
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
