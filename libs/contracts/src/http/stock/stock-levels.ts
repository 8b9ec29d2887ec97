import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { PageQuery, pageOf } from '../pagination';
import { StockUnit } from './ingredients';

/** An ingredient's stock at a location; only tracked ingredients have one. */
export const StockLevelResponse = z
  .object({
    locationId: Id,
    ingredientId: Id,
    name: z.string(),
    unit: StockUnit,
    /** Negative when a location that alerts sold more than it had. */
    onHand: z.number(),
    lowThreshold: z.number().nullable(),
    /** On hand at or below the threshold. */
    low: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StockLevel' });
export type StockLevelResponse = z.infer<typeof StockLevelResponse>;

/** null clears the threshold: the level never alerts. */
export const SetLowThresholdRequest = z
  .object({ threshold: z.number().min(0).max(1_000_000).multipleOf(0.001).nullable() })
  .meta({ id: 'SetLowThresholdRequest' });

export const listStockLevelsRoute = defineRoute({
  method: 'get',
  path: '/v1/stock',
  summary: "A location's tracked stock by ingredient name",
  tag: 'stock',
  request: {
    query: PageQuery.extend({
      locationId: Id,
      /** Only the levels at or below their threshold. */
      low: z.stringbool().default(false),
    }),
  },
  response: {
    status: 200,
    description: 'One page of stock levels',
    body: pageOf(StockLevelResponse, 'StockLevelPage'),
  },
  problems: ['location-not-found'],
});

export const setLowThresholdRoute = defineRoute({
  method: 'put',
  path: '/v1/stock/:locationId/:ingredientId/threshold',
  summary: 'Set the level at which the stock of an ingredient is low (managers)',
  tag: 'stock',
  request: {
    params: z.object({ locationId: Id, ingredientId: Id }),
    body: SetLowThresholdRequest,
  },
  response: { status: 200, description: 'The stock level', body: StockLevelResponse },
  problems: ['location-not-found'],
});
