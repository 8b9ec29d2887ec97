import { Id, type PageQuery } from '@brigade/contracts';
import { decodeCursor, toPage } from '@brigade/http';
import { z } from 'zod';

const Position = z.object({ id: Id });

/** The id a page starts after; null for the first page (a foreign cursor answers 400). */
export const afterId = (page: PageQuery): string | null =>
  page.cursor ? decodeCursor(page.cursor, Position).id : null;

/** A page of rows read `ORDER BY id LIMIT limit + 1` (ids are UUIDv7: oldest first). */
export const pageById = <Row extends { id: string }, Item>(
  rows: Row[],
  page: PageQuery,
  toItem: (row: Row) => Item,
) => toPage(rows, page.limit, toItem, (row) => ({ id: row.id }));
