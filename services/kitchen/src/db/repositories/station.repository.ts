import type { Db } from '@brigade/db';
import type { StationRepository } from '../../domain/routing/ports';
import type { RoutingRule, Station } from '../../domain/routing/station';

const STATION_COLUMNS = `id, tenant_id, location_id, code, name, is_default, receives_all, health,
  last_seen_at, created_at`;
const RULE_COLUMNS = `id, tenant_id, location_id, station_id, product_id, category_id,
  modifier_option_id, dining_area_id, created_at`;

interface StationRow {
  id: string;
  tenant_id: string;
  location_id: string;
  code: string;
  name: string;
  is_default: boolean;
  receives_all: boolean;
  health: Station['health'];
  last_seen_at: Date | null;
  created_at: Date;
}

interface RuleRow {
  id: string;
  tenant_id: string;
  location_id: string;
  station_id: string;
  product_id: string | null;
  category_id: string | null;
  modifier_option_id: string | null;
  dining_area_id: string | null;
  created_at: Date;
}

export function stationRepository(db: Db): StationRepository {
  const stations = async (where: string, params: unknown[]) =>
    (
      await db.query<StationRow>(
        `SELECT ${STATION_COLUMNS} FROM stations WHERE ${where} ORDER BY created_at, code`,
        params,
      )
    ).map(toStation);
  const rules = async (where: string, params: unknown[]) =>
    (
      await db.query<RuleRow>(
        `SELECT ${RULE_COLUMNS} FROM routing_rules WHERE ${where} ORDER BY created_at`,
        params,
      )
    ).map(toRule);
  return {
    async routingOf(locationId) {
      const [s, r] = [
        await stations('location_id = $1', [locationId]),
        await rules('location_id = $1', [locationId]),
      ];
      return { stations: s, rules: r };
    },
    list: (locationId) => stations('location_id = $1', [locationId]),
    find: async (id) => (await stations('id = $1', [id]))[0],
    findByCode: async (locationId, code) =>
      (await stations('location_id = $1 AND code = $2', [locationId, code]))[0],
    findByScreenKeyHash: async (hash) => (await stations('screen_key_hash = $1', [hash]))[0],
    async insert(s) {
      const rows = await db.query(
        `INSERT INTO stations (id, tenant_id, location_id, code, name, is_default, receives_all, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (location_id, code) DO NOTHING RETURNING id`,
        [s.id, s.tenantId, s.locationId, s.code, s.name, s.isDefault, s.receivesAll, s.createdAt],
      );
      return rows.length === 1;
    },
    async update(s) {
      await db.query('UPDATE stations SET name = $2, receives_all = $3 WHERE id = $1', [
        s.id,
        s.name,
        s.receivesAll,
      ]);
    },
    async makeDefault(stationId) {
      // Two statements: the partial unique index allows one default at any moment.
      await db.query(
        `UPDATE stations SET is_default = false
          WHERE is_default AND id <> $1
            AND location_id = (SELECT location_id FROM stations WHERE id = $1)`,
        [stationId],
      );
      await db.query('UPDATE stations SET is_default = true WHERE id = $1', [stationId]);
    },
    async setScreenKeyHash(stationId, hash) {
      await db.query('UPDATE stations SET screen_key_hash = $2 WHERE id = $1', [stationId, hash]);
    },
    lock: async (id) =>
      (
        await db.query<StationRow>(
          `SELECT ${STATION_COLUMNS} FROM stations WHERE id = $1 FOR UPDATE`,
          [id],
        )
      ).map(toStation)[0],
    async touchDevice(stationId, d, at) {
      await db.query(
        `WITH device AS (
           INSERT INTO station_devices (station_id, device, kind, name, last_seen_at)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (station_id, device) DO UPDATE
             SET name = excluded.name, last_seen_at = greatest(station_devices.last_seen_at, excluded.last_seen_at))
         UPDATE stations SET last_seen_at = greatest(last_seen_at, $5) WHERE id = $1`,
        [stationId, d.device, d.kind, d.name, at],
      );
    },
    async setHealth(stationId, health, at) {
      await db.query('UPDATE stations SET health = $2, health_changed_at = $3 WHERE id = $1', [
        stationId,
        health,
        at,
      ]);
    },
    lockSilent: async (before, limit) =>
      (
        await db.query<StationRow>(
          `SELECT ${STATION_COLUMNS} FROM stations
            WHERE health = 'online' AND last_seen_at < $1
            ORDER BY last_seen_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [before, limit],
        )
      ).map(toStation),
    async listDevices(stationId) {
      const rows = await db.query<{
        kind: 'screen' | 'printer';
        device: string;
        name: string;
        last_seen_at: Date;
      }>(
        'SELECT kind, device, name, last_seen_at FROM station_devices WHERE station_id = $1 ORDER BY device',
        [stationId],
      );
      return rows.map((r) => ({
        kind: r.kind,
        device: r.device,
        name: r.name,
        lastSeenAt: r.last_seen_at,
      }));
    },
    async insertRule(r) {
      const rows = await db.query(
        `INSERT INTO routing_rules (${RULE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          r.id,
          r.tenantId,
          r.locationId,
          r.stationId,
          r.productId,
          r.categoryId,
          r.modifierOptionId,
          r.diningAreaId,
          r.createdAt,
        ],
      );
      return rows.length === 1;
    },
    listRules: (locationId) => rules('location_id = $1', [locationId]),
    findRule: async (id) => (await rules('id = $1', [id]))[0],
    async deleteRule(id) {
      await db.query('DELETE FROM routing_rules WHERE id = $1', [id]);
    },
  };
}

const toStation = (r: StationRow): Station => ({
  id: r.id,
  tenantId: r.tenant_id,
  locationId: r.location_id,
  code: r.code,
  name: r.name,
  isDefault: r.is_default,
  receivesAll: r.receives_all,
  health: r.health,
  lastSeenAt: r.last_seen_at,
  createdAt: r.created_at,
});

const toRule = (r: RuleRow): RoutingRule => ({
  id: r.id,
  tenantId: r.tenant_id,
  locationId: r.location_id,
  stationId: r.station_id,
  productId: r.product_id,
  categoryId: r.category_id,
  modifierOptionId: r.modifier_option_id,
  diningAreaId: r.dining_area_id,
  createdAt: r.created_at,
});
