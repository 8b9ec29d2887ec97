import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { TaxRateBps } from '../../shared/money';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { Allergen } from './allergen';
import { MenuName, Position, PriceMinor, UniqueIds } from './fields';

const whoEdits = 'manager or admin of every location';

const fields = {
  categoryId: Id.nullable(),
  name: MenuName,
  description: z.string().trim().max(1000).nullable(),
  /** The catalog price; a location may override it. */
  priceMinor: PriceMinor,
  /** Eaten in (dine_in): 1900 for food and drinks in Germany. */
  taxRateEatInBps: TaxRateBps,
  /** Taken away or delivered: 700 for food, 1900 for drinks in Germany. */
  taxRateTakeAwayBps: TaxRateBps,
  allergens: z
    .array(Allergen)
    .max(14)
    .refine((a) => new Set(a).size === a.length, 'each allergen once'),
  /** Null: sold on every channel. */
  channels: z
    .array(Channel)
    .min(1)
    .max(6)
    .refine((c) => new Set(c).size === c.length, 'each channel once')
    .nullable(),
  /** Off: on no location's menu (a tenant-wide switch). */
  active: z.boolean(),
  position: Position,
  /** The modifier groups offered with it, in this order. */
  modifierGroupIds: UniqueIds(20, 0),
};

/** A product of the tenant's catalog (every location sells it unless its override says not). */
export const ProductResponse = z
  .object({
    id: Id,
    categoryId: Id.nullable(),
    name: z.string(),
    description: z.string().nullable(),
    priceMinor: z.number().int(),
    taxRateEatInBps: TaxRateBps,
    taxRateTakeAwayBps: TaxRateBps,
    allergens: z.array(Allergen),
    channels: z.array(Channel).nullable(),
    active: z.boolean(),
    position: z.number().int(),
    modifierGroupIds: z.array(Id),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Product' });
export type ProductResponse = z.infer<typeof ProductResponse>;

export const CreateProductRequest = z
  .object({
    ...fields,
    categoryId: fields.categoryId.default(null),
    description: fields.description.default(null),
    allergens: fields.allergens.default([]),
    channels: fields.channels.default(null),
    active: fields.active.default(true),
    position: fields.position.default(0),
    modifierGroupIds: fields.modifierGroupIds.default([]),
  })
  .meta({ id: 'CreateProductRequest' });
export type CreateProductRequest = z.infer<typeof CreateProductRequest>;

/** Only what is sent changes; `modifierGroupIds` and `allergens` replace the whole list. */
export const UpdateProductRequest = z.object(fields).partial().meta({ id: 'UpdateProductRequest' });
export type UpdateProductRequest = z.infer<typeof UpdateProductRequest>;

const ProductParams = z.object({ productId: Id });

export const listProductsRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/products',
  summary: 'List the products of the tenant by position, optionally of one category (staff)',
  tag: 'menu',
  request: { query: PageQuery.extend({ categoryId: Id.optional() }) },
  response: {
    status: 200,
    description: 'One page of products',
    body: pageOf(ProductResponse, 'ProductPage'),
  },
  problems: [],
});

export const createProductRoute = defineRoute({
  method: 'post',
  path: '/v1/menu/products',
  summary: `Add a product to the catalog (${whoEdits})`,
  tag: 'menu',
  request: { body: CreateProductRequest },
  response: { status: 201, description: 'The new product', body: ProductResponse },
  problems: ['reference-not-found'],
});

export const getProductRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/products/:productId',
  summary: 'Read one product (staff)',
  tag: 'menu',
  request: { params: ProductParams },
  response: { status: 200, description: 'The product', body: ProductResponse },
  problems: [],
});

export const updateProductRoute = defineRoute({
  method: 'patch',
  path: '/v1/menu/products/:productId',
  summary: `Change a product: price, taxes, allergens, channels, modifier groups (${whoEdits})`,
  tag: 'menu',
  request: { params: ProductParams, body: UpdateProductRequest },
  response: { status: 200, description: 'The product as changed', body: ProductResponse },
  problems: ['reference-not-found'],
});

export const deleteProductRoute = defineRoute({
  method: 'delete',
  path: '/v1/menu/products/:productId',
  summary: `Take a product off the catalog for good; past orders keep it (${whoEdits})`,
  tag: 'menu',
  request: { params: ProductParams },
  response: { status: 200, description: 'The product, deleted', body: ProductResponse },
  problems: [],
});
