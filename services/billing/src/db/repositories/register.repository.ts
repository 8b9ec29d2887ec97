import type { Denominations, MovementKind } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { RegisterRepository } from '../../domain/registers/ports';
import type {
  CashRegister,
  RegisterSession,
  RegisterSessionStatus,
} from '../../domain/registers/register';

interface RegisterRow {
  id: string;
  tenant_id: string;
  location_id: string;
  name: string;
  created_at: Date;
}

interface SessionRow {
  id: string;
  register_id: string;
  tenant_id: string;
  location_id: string;
  fiscal_day_id: string;
  status: RegisterSessionStatus;
  opening_float_minor: number;
  opening_denominations: Denominations;
  opened_by: string;
  opened_at: Date;
  expected_minor: number | null;
  counted_minor: number | null;
  counted_denominations: Denominations | null;
  difference_minor: number | null;
  difference_reason: string | null;
  closed_by: string | null;
  closed_at: Date | null;
}

// Each flow summed on its own, so one payment never counts twice through a join.
const CASH_FLOWS = `
  SELECT s.opening_float_minor,
    (SELECT coalesce(sum(p.amount_minor + p.tip_minor), 0)::int FROM payments p
      WHERE p.register_session_id = s.id AND p.method = 'cash' AND p.status = 'paid') AS sales,
    (SELECT coalesce(sum(r.amount_minor), 0)::int FROM refunds r
      WHERE r.register_session_id = s.id AND r.method = 'cash' AND r.status = 'refunded') AS refunds,
    (SELECT coalesce(jsonb_object_agg(kind, total), '{}'::jsonb) FROM
      (SELECT m.kind, sum(m.amount_minor)::int AS total FROM cash_movements m
        WHERE m.session_id = s.id GROUP BY m.kind) k) AS movements
  FROM register_sessions s WHERE s.id = $1`;

export function registerRepository(db: Db): RegisterRepository {
  const sessions = async (sql: string, params: unknown[]) =>
    (await db.query<SessionRow>(sql, params)).map(toSession);
  return {
    async insertRegister(r) {
      const rows = await db.query(
        `INSERT INTO cash_registers (id, tenant_id, location_id, name, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
        [r.id, r.tenantId, r.locationId, r.name, r.createdAt],
      );
      return rows.length === 1;
    },

    async findRegister(id) {
      const [row] = await db.query<RegisterRow>('SELECT * FROM cash_registers WHERE id = $1', [id]);
      return row && toRegister(row);
    },

    async listRegisters(owner, limit, afterName) {
      const rows = await db.query<RegisterRow>(
        `SELECT * FROM cash_registers
          WHERE tenant_id = $1 AND location_id = $2 AND ($3::text IS NULL OR name > $3)
          ORDER BY name LIMIT $4`,
        [owner.tenantId, owner.locationId, afterName ?? null, limit],
      );
      return rows.map(toRegister);
    },

    async insertSession(s) {
      // The one-open-session index decides between two concurrent openings.
      const rows = await db.query(
        `INSERT INTO register_sessions (id, register_id, tenant_id, location_id, fiscal_day_id,
           status, opening_float_minor, opening_denominations, opened_by, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING 1`,
        [
          ...[s.id, s.registerId, s.tenantId, s.locationId, s.fiscalDayId, s.status],
          ...[s.openingFloatMinor, JSON.stringify(s.openingDenominations), s.openedBy, s.openedAt],
        ],
      );
      return rows.length === 1;
    },

    async findSession(id) {
      const [s] = await sessions('SELECT * FROM register_sessions WHERE id = $1', [id]);
      return s;
    },

    async lockSession(id, mode) {
      const lock = mode === 'update' ? 'FOR UPDATE' : 'FOR SHARE';
      const [s] = await sessions(`SELECT * FROM register_sessions WHERE id = $1 ${lock}`, [id]);
      return s;
    },

    async lockOpenSessionOf(registerId) {
      const [s] = await sessions(
        `SELECT * FROM register_sessions WHERE register_id = $1 AND status = 'open' FOR SHARE`,
        [registerId],
      );
      return s;
    },

    lockOpenSessionsAt: (locationId) =>
      sessions(
        `SELECT * FROM register_sessions WHERE location_id = $1 AND status = 'open'
          ORDER BY id FOR SHARE`,
        [locationId],
      ),

    async countOpenSessionsAt(locationId) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM register_sessions WHERE location_id = $1 AND status = 'open'`,
        [locationId],
      );
      return row!.n;
    },

    listSessions: (registerId, limit, beforeId) =>
      sessions(
        `SELECT * FROM register_sessions WHERE register_id = $1 AND ($2::uuid IS NULL OR id < $2)
          ORDER BY id DESC LIMIT $3`,
        [registerId, beforeId ?? null, limit],
      ),

    listSessionsOfDay: (fiscalDayId) =>
      sessions('SELECT * FROM register_sessions WHERE fiscal_day_id = $1 ORDER BY opened_at, id', [
        fiscalDayId,
      ]),

    async cashFlowsOf(sessionId) {
      const [row] = await db.query<{
        opening_float_minor: number;
        sales: number;
        refunds: number;
        movements: Partial<Record<MovementKind, number>>;
      }>(CASH_FLOWS, [sessionId]);
      const m = row!.movements;
      return {
        openingFloatMinor: row!.opening_float_minor,
        cashSalesMinor: row!.sales,
        cashRefundsMinor: row!.refunds,
        movements: {
          cash_in: m.cash_in ?? 0,
          cash_out: m.cash_out ?? 0,
          safe_drop: m.safe_drop ?? 0,
          tips_out: m.tips_out ?? 0,
        },
      };
    },

    async insertMovement(m) {
      await db.query(
        `INSERT INTO cash_movements (id, session_id, kind, amount_minor, reason, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [m.id, m.sessionId, m.kind, m.amountMinor, m.reason, m.createdBy, m.createdAt],
      );
    },

    async close(s) {
      await db.query(
        `UPDATE register_sessions SET status = 'closed', expected_minor = $2, counted_minor = $3,
           counted_denominations = $4, difference_minor = $5, difference_reason = $6,
           closed_by = $7, closed_at = $8
         WHERE id = $1 AND status = 'open'`,
        [
          ...[s.id, s.expectedMinor, s.countedMinor],
          s.countedDenominations && JSON.stringify(s.countedDenominations),
          ...[s.differenceMinor, s.differenceReason, s.closedBy, s.closedAt],
        ],
      );
    },
  };
}

function toRegister(r: RegisterRow): CashRegister {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    name: r.name,
    createdAt: r.created_at,
  };
}

function toSession(r: SessionRow): RegisterSession {
  return {
    id: r.id,
    registerId: r.register_id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    fiscalDayId: r.fiscal_day_id,
    status: r.status,
    openingFloatMinor: r.opening_float_minor,
    openingDenominations: r.opening_denominations,
    openedBy: r.opened_by,
    openedAt: r.opened_at,
    expectedMinor: r.expected_minor,
    countedMinor: r.counted_minor,
    countedDenominations: r.counted_denominations,
    differenceMinor: r.difference_minor,
    differenceReason: r.difference_reason,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
  };
}
