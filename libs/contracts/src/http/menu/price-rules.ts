import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { MenuName, PriceMinor, UniqueIds } from './fields';

const whoEdits = 'manager or admin of every location';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day such as 17:30');
const EndTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time such as 19:00 or 24:00');

/** What the rule does to the price: a percentage off (basis points), or a fixed price. */
export const PriceRuleEffect = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('percent-off'), bps: z.number().int().min(1).max(10_000) }),
    z.object({ kind: z.literal('fixed-price'), priceMinor: PriceMinor }),
  ])
  .meta({ id: 'PriceRuleEffect' });

const fields = {
  name: MenuName,
  /** Null: every location of the tenant. */
  locationIds: UniqueIds(100).nullable(),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  daysOfWeek: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .refine((d) => new Set(d).size === d.length, 'each day once'),
  /** Local time of the location. A window ending before it starts crosses midnight and belongs to its first day. */
  startsAt: Time,
  endsAt: EndTime,
  /** The rule covers these products and every product of `categoryIds`; at least one of the two. */
  productIds: UniqueIds(500).nullable(),
  categoryIds: UniqueIds(100).nullable(),
  effect: PriceRuleEffect,
  active: z.boolean(),
};

/**
 * A time-window price (happy hour). When several are in force for a product, the lowest
 * price wins; modifier adjustments are added after it.
 */
export const PriceRuleResponse = z
  .object({
    id: Id,
    name: z.string(),
    locationIds: z.array(Id).nullable(),
    daysOfWeek: z.array(z.number().int()),
    startsAt: z.string(),
    endsAt: z.string(),
    productIds: z.array(Id).nullable(),
    categoryIds: z.array(Id).nullable(),
    effect: PriceRuleEffect,
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PriceRule' });
export type PriceRuleResponse = z.infer<typeof PriceRuleResponse>;

/** Cross-field rules (products or categories, start ≠ end) are checked by the service. */
export const CreatePriceRuleRequest = z
  .object({
    ...fields,
    locationIds: fields.locationIds.default(null),
    productIds: fields.productIds.default(null),
    categoryIds: fields.categoryIds.default(null),
    active: fields.active.default(true),
  })
  .meta({ id: 'CreatePriceRuleRequest' });
export type CreatePriceRuleRequest = z.infer<typeof CreatePriceRuleRequest>;

/** Only what is sent changes. */
export const UpdatePriceRuleRequest = z
  .object(fields)
  .partial()
  .meta({ id: 'UpdatePriceRuleRequest' });
export type UpdatePriceRuleRequest = z.infer<typeof UpdatePriceRuleRequest>;

const RuleParams = z.object({ ruleId: Id });

export const listPriceRulesRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/price-rules',
  summary: 'List the price rules (happy hours) of the tenant, oldest first (staff)',
  tag: 'menu',
  request: { query: PageQuery },
  response: {
    status: 200,
    description: 'One page of price rules',
    body: pageOf(PriceRuleResponse, 'PriceRulePage'),
  },
  problems: [],
});

export const createPriceRuleRoute = defineRoute({
  method: 'post',
  path: '/v1/menu/price-rules',
  summary: `Add a time-window price rule (${whoEdits})`,
  tag: 'menu',
  request: { body: CreatePriceRuleRequest },
  response: { status: 201, description: 'The new price rule', body: PriceRuleResponse },
  problems: ['price-rule-invalid', 'reference-not-found'],
});

export const getPriceRuleRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/price-rules/:ruleId',
  summary: 'Read one price rule (staff)',
  tag: 'menu',
  request: { params: RuleParams },
  response: { status: 200, description: 'The price rule', body: PriceRuleResponse },
  problems: [],
});

export const updatePriceRuleRoute = defineRoute({
  method: 'patch',
  path: '/v1/menu/price-rules/:ruleId',
  summary: `Change a price rule, or switch it off (${whoEdits})`,
  tag: 'menu',
  request: { params: RuleParams, body: UpdatePriceRuleRequest },
  response: { status: 200, description: 'The price rule as changed', body: PriceRuleResponse },
  problems: ['price-rule-invalid', 'reference-not-found'],
});

export const deletePriceRuleRoute = defineRoute({
  method: 'delete',
  path: '/v1/menu/price-rules/:ruleId',
  summary: `Delete a price rule (${whoEdits})`,
  tag: 'menu',
  request: { params: RuleParams },
  response: { status: 200, description: 'The price rule, deleted', body: PriceRuleResponse },
  problems: [],
});
