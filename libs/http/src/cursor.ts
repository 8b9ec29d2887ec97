import { ValidationError } from '@brigade/core';
import type { z } from 'zod';

/** An opaque page cursor: the position after the last item of a page, as base64url JSON. */
export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Reads a cursor this API handed out; anything else is a 400 naming `query.cursor`. */
export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.infer<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new ValidationError([
      { field: 'query.cursor', message: 'not a cursor this API handed out' },
    ]);
  }
  return result.data;
}

/**
 * One page from rows fetched with `limit + 1`: the extra row only says there is a next
 * page, whose cursor is the position of the last row shown.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  positionOf: (row: Row) => Record<string, unknown>,
): { items: Item[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}
