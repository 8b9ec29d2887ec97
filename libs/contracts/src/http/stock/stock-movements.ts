import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { PageQuery, pageOf } from '../pagination';
import { StockLevelResponse } from './stock-levels';

/** receive, waste and count come from staff; fire and reversal from orders and voids. */
export const StockMovementKind = z.enum(['receive', 'waste', 'count', 'fire', 'reversal']);

/** One line of a location's stock ledger. */
export const StockMovementResponse = z
  .object({
    id: Id,
    locationId: Id,
    ingredientId: Id,
    kind: StockMovementKind,
    /** What it changed the level by. */
    delta: z.number(),
    orderId: Id.nullable(),
    lineId: Id.nullable(),
    reason: z.string().nullable(),
    /** Who recorded it (`user:<id>`); null for orders. */
    actor: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'StockMovement' });
export type StockMovementResponse = z.infer<typeof StockMovementResponse>;

/**
 * A delivery (`receive` adds), `waste` (takes away) or a stocktake (`count`: what is there
 * now; the difference is recorded). A first receive or count starts tracking the ingredient
 * at the location.
 */
export const RecordStockMovementRequest = z
  .object({
    locationId: Id,
    ingredientId: Id,
    kind: z.enum(['receive', 'waste', 'count']),
    quantity: z.number().min(0).max(1_000_000).multipleOf(0.001),
    reason: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind !== 'count' && m.quantity === 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: `a ${m.kind} must be above 0` });
    }
  })
  .meta({ id: 'RecordStockMovementRequest' });
export type RecordStockMovementRequest = z.infer<typeof RecordStockMovementRequest>;

export const RecordedStockMovement = z
  .object({ movement: StockMovementResponse, level: StockLevelResponse })
  .meta({ id: 'RecordedStockMovement' });

export const recordStockMovementRoute = defineRoute({
  method: 'post',
  path: '/v1/stock/movements',
  summary: 'Record a delivery, waste or stocktake (managers)',
  tag: 'stock',
  idempotent: true,
  request: { body: RecordStockMovementRequest },
  response: {
    status: 201,
    description: 'The movement and the level after it',
    body: RecordedStockMovement,
  },
  problems: ['location-not-found', 'ingredient-not-found', 'stock-not-tracked'],
});

export const listStockMovementsRoute = defineRoute({
  method: 'get',
  path: '/v1/stock/movements',
  summary: "A location's stock ledger, newest first",
  tag: 'stock',
  request: {
    query: PageQuery.extend({ locationId: Id, ingredientId: Id.optional() }),
  },
  response: {
    status: 200,
    description: 'One page of movements',
    body: pageOf(StockMovementResponse, 'StockMovementPage'),
  },
  problems: ['location-not-found'],
});
