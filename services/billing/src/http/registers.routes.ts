import {
  addCashMovementRoute,
  closeRegisterSessionRoute,
  createRegisterRoute,
  getRegisterSessionRoute,
  listRegisterSessionsRoute,
  listRegistersRoute,
  openRegisterSessionRoute,
  type CashMovementResponse,
  type RegisterResponse,
  type RegisterSessionResponse,
} from '@brigade/contracts';
import { actorOf, decodeCursor, mountRoute, toPage } from '@brigade/http';
import type { Router } from 'express';
import { z } from 'zod';
import type { BillingDeps } from '../domain/ports';
import { addCashMovement } from '../domain/registers/add-cash-movement';
import { closeRegisterSession } from '../domain/registers/close-register-session';
import { createRegister } from '../domain/registers/create-register';
import { listRegisters } from '../domain/registers/list-registers';
import { openRegisterSession } from '../domain/registers/open-register-session';
import {
  getRegisterSession,
  listRegisterSessions,
  type SessionWithCash,
} from '../domain/registers/read-register-sessions';
import { expectedCash, type CashMovement, type CashRegister } from '../domain/registers/register';

export const registerRoutes = [
  createRegisterRoute,
  listRegistersRoute,
  openRegisterSessionRoute,
  listRegisterSessionsRoute,
  getRegisterSessionRoute,
  addCashMovementRoute,
  closeRegisterSessionRoute,
];

/** Every amount of a drawer is in the location's currency; billing keeps euros. */
const CURRENCY = 'EUR';
const money = (amountMinor: number) => ({ amountMinor, currency: CURRENCY });

export function mountRegisterRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, createRegisterRoute, async ({ params, body }, req) =>
    toRegisterResponse(await createRegister(deps, actorOf(req), params.locationId, body)),
  );
  mountRoute(router, listRegistersRoute, async ({ params, query }, req) => {
    const after = query.cursor
      ? decodeCursor(query.cursor, z.object({ name: z.string() })).name
      : undefined;
    const registers = await listRegisters(deps, actorOf(req), params.locationId, {
      limit: query.limit,
      afterName: after,
    });
    return toPage(registers, query.limit, toRegisterResponse, (r) => ({ name: r.name }));
  });
  mountRoute(router, openRegisterSessionRoute, async ({ params, body }, req) => {
    const session = await openRegisterSession(deps, actorOf(req), params.registerId, body);
    return toSessionResponse({ session, flows: await deps.registers.cashFlowsOf(session.id) });
  });
  mountRoute(router, listRegisterSessionsRoute, async ({ params, query }, req) => {
    const before = query.cursor
      ? decodeCursor(query.cursor, z.object({ id: z.uuid() })).id
      : undefined;
    const sessions = await listRegisterSessions(deps, actorOf(req), params.registerId, {
      limit: query.limit,
      beforeId: before,
    });
    return toPage(sessions, query.limit, toSessionResponse, (s) => ({ id: s.session.id }));
  });
  mountRoute(router, getRegisterSessionRoute, async ({ params }, req) =>
    toSessionResponse(await getRegisterSession(deps, actorOf(req), params.sessionId)),
  );
  mountRoute(router, addCashMovementRoute, async ({ params, body }, req) =>
    toMovementResponse(await addCashMovement(deps, actorOf(req), params.sessionId, body)),
  );
  mountRoute(router, closeRegisterSessionRoute, async ({ params, body }, req) =>
    toSessionResponse(await closeRegisterSession(deps, actorOf(req), params.sessionId, body)),
  );
}

function toRegisterResponse(r: CashRegister): RegisterResponse {
  return { id: r.id, locationId: r.locationId, name: r.name, createdAt: r.createdAt.toISOString() };
}

function toSessionResponse({ session: s, flows }: SessionWithCash): RegisterSessionResponse {
  const m = flows.movements;
  return {
    id: s.id,
    registerId: s.registerId,
    locationId: s.locationId,
    fiscalDayId: s.fiscalDayId,
    status: s.status,
    openingDenominations: s.openingDenominations,
    openedBy: s.openedBy,
    openedAt: s.openedAt.toISOString(),
    cash: {
      openingFloat: money(flows.openingFloatMinor),
      cashSales: money(flows.cashSalesMinor),
      cashRefunds: money(flows.cashRefundsMinor),
      cashIn: money(m.cash_in),
      cashOut: money(m.cash_out),
      safeDrops: money(m.safe_drop),
      tipsOut: money(m.tips_out),
      expected: money(s.expectedMinor ?? expectedCash(flows)),
    },
    counted: s.countedMinor === null ? null : money(s.countedMinor),
    countedDenominations: s.countedDenominations,
    difference: s.differenceMinor === null ? null : money(s.differenceMinor),
    differenceReason: s.differenceReason,
    closedBy: s.closedBy,
    closedAt: s.closedAt?.toISOString() ?? null,
  };
}

function toMovementResponse(m: CashMovement): CashMovementResponse {
  return {
    id: m.id,
    sessionId: m.sessionId,
    kind: m.kind,
    amount: money(m.amountMinor),
    reason: m.reason,
    createdBy: m.createdBy,
    createdAt: m.createdAt.toISOString(),
  };
}
