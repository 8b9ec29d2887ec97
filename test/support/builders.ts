import { randomUUID } from 'node:crypto';
import type { ApprovalAction, PlaceOrderRequest } from '../../libs/contracts/src';
import { newId } from '../../libs/contracts/src';
import type { Role } from '../../libs/core/src';
import { hashApiKey, newApiKey, StaffTokens } from '../../libs/http/src';
import { TEST_AUTH_SECRET } from '../../libs/testing/src';
/** Anything that runs SQL on the orders database: the app's Db, or a pg client. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface TestMenu {
  tenantId: string;
  locationId: string;
  /** A storefront key of the tenant for this location (channel qr), and its id. */
  apiKey: string;
  apiKeyId: string;
  /** `taxRateBps` is the eat-in rate; `taxRateTakeAwayBps` the take-away one. */
  products: {
    id: string;
    name: string;
    priceMinor: number;
    taxRateBps: number;
    taxRateTakeAwayBps: number;
    categoryId: string;
  }[];
  /** Snoozed (86'd) at the location for a day: ordering it answers product-unavailable. */
  soldOut: { id: string };
  categories: { mains: string; drinks: string };
  /** An optional group (0 to 2 choices) on the first product, with a negative option last. */
  withModifiers: {
    productId: string;
    groupId: string;
    options: { id: string; name: string; priceDeltaMinor: number }[];
  };
}

/**
 * A fresh tenant with one location (Europe/Berlin), a QR storefront key and a small catalog:
 * two categories, five products (one with a modifier group) and one sold out, in the orders
 * database.
 */
export async function aMenu(ordersDb: Sql): Promise<TestMenu> {
  const tenantId = newId();
  const locationId = newId();
  const categories = { mains: newId(), drinks: newId() };
  const food = { taxRateBps: 1900, taxRateTakeAwayBps: 700, categoryId: categories.mains };
  const drink = { taxRateBps: 1900, taxRateTakeAwayBps: 1900, categoryId: categories.drinks };
  const reduced = { taxRateBps: 700, taxRateTakeAwayBps: 700 };
  const products = [
    { id: newId(), name: 'Wiener Schnitzel', priceMinor: 1890, ...food },
    { id: newId(), name: 'Käsespätzle', priceMinor: 1350, ...food },
    { id: newId(), name: 'Apfelschorle', priceMinor: 390, ...drink },
    // 7 % at the table too: the rates older tests expect for these two.
    { id: newId(), name: 'Kaffee to go', priceMinor: 290, ...drink, ...reduced },
    { id: newId(), name: 'Brezel', priceMinor: 250, ...food, ...reduced },
  ];
  const soldOut = { id: newId() };
  const withModifiers = {
    productId: products[0]!.id,
    groupId: newId(),
    options: [
      { id: newId(), name: 'Preiselbeeren', priceDeltaMinor: 150 },
      { id: newId(), name: 'Bratkartoffeln statt Salat', priceDeltaMinor: 250 },
      { id: newId(), name: 'Kinderportion', priceDeltaMinor: -700 },
    ],
  };
  const apiKey = newApiKey();
  const apiKeyId = newId();
  await ordersDb.query('INSERT INTO tenants (id, name) VALUES ($1, $2)', [
    tenantId,
    'Gasthaus GmbH',
  ]);
  await ordersDb.query(
    'INSERT INTO api_keys (id, tenant_id, name, key_hash, location_ids, channel) VALUES ($1, $2, $3, $4, $5, $6)',
    [apiKeyId, tenantId, 'QR tables', hashApiKey(apiKey), [locationId], 'qr'],
  );
  await ordersDb.query(
    'INSERT INTO locations (id, tenant_id, name, currency) VALUES ($1, $2, $3, $4)',
    [locationId, tenantId, 'Gasthaus Test', 'EUR'],
  );
  await ordersDb.query(
    `INSERT INTO menu_categories (id, tenant_id, name, position)
     VALUES ($1, $3, 'Hauptgerichte', 1), ($2, $3, 'Getränke', 2)`,
    [categories.mains, categories.drinks, tenantId],
  );
  const soup = { ...soldOut, name: 'Suppe des Tages', priceMinor: 590, ...food };
  for (const [i, p] of [...products, soup].entries()) {
    await ordersDb.query(
      `INSERT INTO products (id, tenant_id, category_id, name, price_minor, tax_rate_eat_in_bps,
                             tax_rate_take_away_bps, allergens, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        ...[p.id, tenantId, p.categoryId, p.name, p.priceMinor, p.taxRateBps],
        ...[p.taxRateTakeAwayBps, p.categoryId === categories.mains ? ['gluten'] : [], i],
      ],
    );
  }
  await ordersDb.query(
    `INSERT INTO location_items (location_id, product_id, tenant_id, snoozed_until)
     VALUES ($1, $2, $3, now() + interval '1 day')`,
    [locationId, soldOut.id, tenantId],
  );
  await ordersDb.query(
    `INSERT INTO modifier_groups (id, tenant_id, name, min_select, max_select) VALUES ($1, $2, 'Extras', 0, 2)`,
    [withModifiers.groupId, tenantId],
  );
  for (const [i, o] of withModifiers.options.entries()) {
    await ordersDb.query(
      `INSERT INTO modifier_options (id, group_id, tenant_id, name, price_delta_minor, position)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [o.id, withModifiers.groupId, tenantId, o.name, o.priceDeltaMinor, i],
    );
  }
  await ordersDb.query(
    'INSERT INTO product_modifier_groups (product_id, group_id) VALUES ($1, $2)',
    [withModifiers.productId, withModifiers.groupId],
  );
  return {
    tenantId,
    locationId,
    apiKey,
    apiKeyId,
    products,
    soldOut,
    categories,
    withModifiers,
  };
}

/** A valid order for `menu` (two lines), with overrides. */
export function aPlaceOrderRequest(
  menu: TestMenu,
  overrides: Partial<PlaceOrderRequest> = {},
): PlaceOrderRequest {
  return {
    locationId: menu.locationId,
    type: 'dine_in',
    channel: 'qr',
    tableLabel: '12',
    lines: [
      { productId: menu.products[0]!.id, quantity: 2, notes: 'ohne Zitrone' },
      { productId: menu.products[2]!.id, quantity: 1 },
    ],
    ...overrides,
  };
}

export const anIdempotencyKey = () => randomUUID();

const tokens = new StaffTokens(TEST_AUTH_SECRET);

/** `Authorization` for a member of staff of `tenantId` (all locations by default). */
export async function asStaff(
  tenantId: string,
  roles: Role[] = ['manager'],
  locationIds: string[] | 'all' = 'all',
): Promise<Record<string, string>> {
  return {
    authorization: `Bearer ${await tokens.sign({ tenantId, userId: newId(), roles, locationIds })}`,
  };
}

/** `X-Api-Key` of the menu's storefront. */
export const asStorefront = (menu: TestMenu) => ({ 'x-api-key': menu.apiKey });

/** A manager of `tenantId` approving `action` on `subjectId`: who, and the signed approval. */
export async function aSignedApproval(
  tenantId: string,
  action: ApprovalAction,
  subjectId: string,
): Promise<{ managerId: string; token: string }> {
  const manager = {
    kind: 'staff' as const,
    tenantId,
    userId: newId(),
    roles: ['manager' as const],
    locationIds: 'all' as const,
  };
  return {
    managerId: manager.userId,
    token: await tokens.signApproval(manager, action, subjectId),
  };
}

/** A manager's approval of `action` on `subjectId`, as POST /v1/approvals would hand it out. */
export async function aManagerApproval(
  tenantId: string,
  action: ApprovalAction,
  subjectId: string,
): Promise<string> {
  return (await aSignedApproval(tenantId, action, subjectId)).token;
}
