import {
  acknowledgeAlertRoute,
  actOnFailureRoute,
  bulkActionRoute,
  getFailureRoute,
  listAlertsRoute,
  listFailuresRoute,
  orderTraceRoute,
} from '@brigade/contracts';
import { actorKey, NotFoundError } from '@brigade/core';
import { actorOf, mountRoute, openEventStream } from '@brigade/http';
import type { Router } from 'express';
import { actOnFailure, assertVisible, bulkAction, visibilityOf } from '../domain/act-on-failure';
import { orderTrace } from '../domain/order-trace';
import type { Failure } from '../domain/failure';
import type { ConsoleDeps } from '../domain/ports';
import { toAlertView, toFailureView } from './views';

export const consoleRoutes = [
  listFailuresRoute,
  getFailureRoute,
  actOnFailureRoute,
  bulkActionRoute,
  orderTraceRoute,
  listAlertsRoute,
  acknowledgeAlertRoute,
];

/** The operators' API: failures by order and cause, actions, traces, alerts, a live signal. */
export function mountConsoleRoutes(router: Router, deps: ConsoleDeps, livePollMs: number): void {
  const withHistory = async (failure: Failure) =>
    toFailureView(failure, await deps.failures.actionsOf([failure.id]));
  mountRoute(router, listFailuresRoute, async ({ query }, req) => {
    const items = await deps.failures.list(visibilityOf(actorOf(req)), query);
    const history = await deps.failures.actionsOf(items.map((f) => f.id));
    return { items: items.map((f) => toFailureView(f, history)) };
  });
  // Before `/:failureId`, which would take `bulk-actions` for an id.
  mountRoute(router, bulkActionRoute, async ({ body }, req) => ({
    items: await bulkAction(deps, actorOf(req), body),
  }));
  mountRoute(router, getFailureRoute, async ({ params }, req) => {
    const failure = await deps.failures.find(params.failureId);
    return withHistory(assertVisible(visibilityOf(actorOf(req)), failure));
  });
  mountRoute(router, actOnFailureRoute, async ({ params, body }, req) => {
    return withHistory(await actOnFailure(deps, actorOf(req), params.failureId, body));
  });
  mountRoute(router, orderTraceRoute, async ({ params }, req) => ({
    orderId: params.orderId,
    items: await orderTrace(deps, actorOf(req), params.orderId),
  }));
  mountRoute(router, listAlertsRoute, async ({ query }, req) => ({
    items: (await deps.alerts.list(visibilityOf(actorOf(req)), query.status, query.limit)).map(
      toAlertView,
    ),
  }));
  mountRoute(router, acknowledgeAlertRoute, async ({ params }, req) => {
    const actor = actorOf(req);
    const scope = visibilityOf(actor);
    const alert = await deps.alerts.find(params.alertId);
    if (!alert || (scope.tenantId !== null && alert.tenantId !== scope.tenantId))
      throw new NotFoundError('The alert');
    await deps.alerts.acknowledge(alert.id, actorKey(actor), deps.clock.now());
    return toAlertView((await deps.alerts.find(alert.id))!);
  });
  // The page's live signal: `changed` whenever a failure or alert it may see changed, on
  // any instance (read from the database), so it reloads its lists within a poll.
  router.get('/v1/live', async (req, res) => {
    const scope = visibilityOf(actorOf(req));
    const stream = openEventStream(req, res, { retryMs: 2_000 });
    let last = await deps.failures.lastChange(scope);
    await stream.send({ event: 'ready', data: { at: last } });
    while (!stream.isClosed) {
      await new Promise((r) => setTimeout(r, livePollMs).unref());
      if (stream.isClosed) break;
      const now = await deps.failures.lastChange(scope).catch(() => last);
      if (now !== last) {
        last = now;
        await stream.send({ event: 'changed', data: { at: now } });
      }
    }
  });
}
