import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

/** Every id in Brigade is a UUIDv7: time-ordered, so indexes stay compact. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** A fresh UUIDv7. */
export function newId(): string {
  return uuidv7();
}
