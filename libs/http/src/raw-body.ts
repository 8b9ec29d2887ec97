import type { Request } from 'express';

/** The bytes of a `signed` route's body, as they arrived (empty when there was none). */
export function rawBodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}
