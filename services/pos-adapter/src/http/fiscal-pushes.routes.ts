import {
  getFiscalPushRoute,
  listFiscalPushesRoute,
  markFiscalPushHandledRoute,
  posCallbackRoute,
  refundFiscalPushRoute,
  resendFiscalPushRoute,
  type FiscalPushResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { FiscalPush } from '../domain/fiscal-push';
import {
  getPush,
  listPushes,
  markPushHandled,
  refundPush,
  resendPush,
} from '../domain/operator-actions';
import type { PosAdapterDeps } from '../domain/ports';

export const fiscalPushRoutes = [
  posCallbackRoute,
  listFiscalPushesRoute,
  getFiscalPushRoute,
  resendFiscalPushRoute,
  markFiscalPushHandledRoute,
  refundFiscalPushRoute,
];

export function mountFiscalPushRoutes(router: Router, deps: PosAdapterDeps): void {
  const respond = async (push: FiscalPush) => toResponse(push, deps);
  mountRoute(router, listFiscalPushesRoute, async ({ query }, req) => ({
    items: await Promise.all((await listPushes(deps, actorOf(req), query)).map(respond)),
  }));
  mountRoute(router, getFiscalPushRoute, async ({ params }, req) =>
    respond(await getPush(deps, actorOf(req), params.pushId)),
  );
  mountRoute(router, resendFiscalPushRoute, async ({ params, body }, req) =>
    respond(await resendPush(deps, actorOf(req), params.pushId, body.reason)),
  );
  mountRoute(router, markFiscalPushHandledRoute, async ({ params, body }, req) =>
    respond(await markPushHandled(deps, actorOf(req), params.pushId, body.reason)),
  );
  mountRoute(router, refundFiscalPushRoute, async ({ params, body }, req) =>
    respond(await refundPush(deps, actorOf(req), params.pushId, body.reason)),
  );
}

/** The register's callback: answered at once; the order is fetched from the register. */
export function mountPosCallback(
  router: Router,
  deps: PosAdapterDeps,
  follow: (pushId: string, posOrderId: string, status: string) => Promise<void>,
): void {
  mountRoute(router, posCallbackRoute, async ({ body }) => {
    const push = await deps.pushes.findByPosKey(body.orderId);
    if (push) await follow(push.id, body.id, body.platformStatus);
    return { received: true };
  });
}

async function toResponse(p: FiscalPush, deps: PosAdapterDeps): Promise<FiscalPushResponse> {
  return {
    id: p.id,
    locationId: p.locationId,
    orderId: p.orderId,
    billId: p.billId,
    billNumber: p.billNumber,
    total: { amountMinor: p.totalMinor, currency: p.currency },
    status: p.status,
    attempts: p.attempts,
    lastError: p.lastError,
    failure: p.failure && { ...p.failure, at: p.failure.at.toISOString() },
    posOrderId: p.posOrderId,
    posStatus: p.posStatus,
    receipt: p.receipt,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    actions: (await deps.pushes.actionsOf(p.id)).map((a) => ({
      action: a.action,
      actor: a.actor,
      reason: a.reason,
      at: a.at.toISOString(),
    })),
  };
}
