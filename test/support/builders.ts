import { randomUUID } from 'node:crypto';
import type { PlaceOrderRequest } from '../../libs/contracts/src';
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
  products: { id: string; name: string; priceMinor: number; taxRateBps: number }[];
  soldOut: { id: string };
}

/** A fresh tenant with one location, a QR storefront key and a small menu (one item sold out), in the orders database. */
export async function aMenu(ordersDb: Sql): Promise<TestMenu> {
  const tenantId = newId();
  const locationId = newId();
  const products = [
    { id: newId(), name: 'Wiener Schnitzel', priceMinor: 1890, taxRateBps: 1900 },
    { id: newId(), name: 'Käsespätzle', priceMinor: 1350, taxRateBps: 1900 },
    { id: newId(), name: 'Apfelschorle', priceMinor: 390, taxRateBps: 1900 },
    { id: newId(), name: 'Kaffee to go', priceMinor: 290, taxRateBps: 700 },
    { id: newId(), name: 'Brezel', priceMinor: 250, taxRateBps: 700 },
  ];
  const soldOut = { id: newId() };
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
  for (const p of [
    ...products,
    { ...soldOut, name: 'Suppe des Tages', priceMinor: 590, taxRateBps: 1900 },
  ]) {
    await ordersDb.query(
      'INSERT INTO products (id, tenant_id, location_id, name, price_minor, currency, tax_rate_bps, available) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [p.id, tenantId, locationId, p.name, p.priceMinor, 'EUR', p.taxRateBps, p.id !== soldOut.id],
    );
  }
  return { tenantId, locationId, apiKey, apiKeyId, products, soldOut };
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
