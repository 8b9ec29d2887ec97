import { z } from 'zod';

/** `?limit=&cursor=` of every list endpoint: at most 100 per page, 50 unless asked. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Opaque: the `nextCursor` of the page before. */
  cursor: z.string().min(1).max(500).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** One page of `item`s; `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}
