import { newId, type Channel } from '../../libs/contracts/src';
import { hashApiKey, newApiKey } from '../../libs/http/src';
import type { Sql, TestMenu } from './builders';
import { asStaff } from './builders';
import { call } from './http-client';

export interface TestTable {
  id: string;
  number: string;
  /** What the table's printed QR code holds. */
  qrToken: string;
}

/** Tables at the menu's location, laid out through the API by a manager (one area). */
export async function someTables(
  ordersUrl: string,
  menu: TestMenu,
  numbers: string[],
): Promise<TestTable[]> {
  const manager = await asStaff(menu.tenantId, ['manager']);
  const area = await call(
    'POST',
    `${ordersUrl}/v1/dining-areas`,
    { locationId: menu.locationId, name: `Gastraum ${newId().slice(-6)}` },
    manager,
  );
  if (area.status !== 201)
    throw new Error(`dining area: ${area.status} ${JSON.stringify(area.body)}`);
  const tables: TestTable[] = [];
  for (const number of numbers) {
    const res = await call(
      'POST',
      `${ordersUrl}/v1/tables`,
      { areaId: area.body.id, number, capacity: 6 },
      manager,
    );
    if (res.status !== 201) throw new Error(`table: ${res.status} ${JSON.stringify(res.body)}`);
    tables.push({ id: res.body.id, number, qrToken: res.body.qrToken });
  }
  return tables;
}

/** A storefront key (`X-Api-Key` header) of a tenant's location, for `channel`. */
export async function aStorefrontKey(
  ordersDb: Sql,
  owner: { tenantId: string; locationId: string },
  channel: Channel,
): Promise<Record<string, string>> {
  const key = newApiKey();
  await ordersDb.query(
    'INSERT INTO api_keys (id, tenant_id, name, key_hash, location_ids, channel) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      newId(),
      owner.tenantId,
      `${channel} storefront`,
      hashApiKey(key),
      [owner.locationId],
      channel,
    ],
  );
  return { 'x-api-key': key };
}
