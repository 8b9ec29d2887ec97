import {
  BillCreatedV1,
  BillPaidV1,
  FiscalDayClosedV1,
  FiscalDayOpenedV1,
  OrderPaidV1,
  PaymentFailedV1,
  PaymentPaidV1,
  PaymentRefundedV1,
} from '@brigade/contracts';
import { newId, systemClock, type Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, outboxPort, startService } from '@brigade/service';
import type { BillingConfig } from './config';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { billRepository } from './db/repositories/bill.repository';
import { billableOrderRepository } from './db/repositories/billable-order.repository';
import { fiscalDayRepository, zReportSource } from './db/repositories/fiscal-day.repository';
import { registerRepository } from './db/repositories/register.repository';
import { settingsRepository } from './db/repositories/settings.repository';
import type { BillingDeps } from './domain/ports';
import { billableOrderRoutes, mountBillableOrderRoutes } from './http/billable-orders.routes';
import { billRoutes, mountBillRoutes } from './http/bills.routes';
import { fiscalDayRoutes, mountFiscalDayRoutes } from './http/fiscal-days.routes';
import { mountRegisterRoutes, registerRoutes } from './http/registers.routes';
import { mountSettingsRoutes, settingsRoutes } from './http/settings.routes';
import { mountMollieWebhook, mountPaymentRoutes, paymentRoutes } from './http/payments.routes';
import { paymentRepository } from './db/repositories/payment.repository';
import { mollieProvider } from './integrations/mollie-provider';
import { reconcilePaymentsJob } from './jobs/reconcile-payments.job';
import { syncMolliePaymentJob } from './jobs/sync-mollie-payment.job';

/** Composition root of billing. */
export function createBillingApp(config: BillingConfig, log?: Logger) {
  const platform = createPlatform({ service: 'billing', config, entities, migrations, log });
  trustSimulatorCertificate(config, platform.log);
  let webhookUrl = config.MOLLIE_WEBHOOK_URL;
  const deps: BillingDeps = {
    billableOrders: billableOrderRepository(platform.db),
    bills: billRepository(platform.db),
    payments: paymentRepository(platform.db),
    billingSettings: settingsRepository(platform.db),
    fiscalDays: fiscalDayRepository(platform.db),
    registers: registerRepository(platform.db),
    zReports: zReportSource(platform.db),
    provider: mollieProvider({
      apiKey: config.MOLLIE_API_KEY,
      apiEndpoint: config.MOLLIE_API_ENDPOINT,
      webhookUrl: () => webhookUrl ?? '',
    }),
    approvals: { verify: (token, expected) => platform.tokens.verifyApproval(token, expected) },
    clock: systemClock,
    newId,
    outbox: outboxPort(platform.db, platform.relay),
    transaction: (fn) => platform.db.withTransaction(() => fn()),
    afterCommit: (fn) => platform.db.afterCommit(fn),
  };
  const syncJob = syncMolliePaymentJob(deps);
  const reconcileJob = reconcilePaymentsJob(deps);
  const enqueueSync = async (molliePaymentId: string) => {
    await platform.jobs.enqueue(syncJob, { molliePaymentId });
  };
  return {
    platform,
    deps,
    start: async () => {
      const running = await startService(platform, {
        title: 'Brigade billing',
        routes: [
          ...billableOrderRoutes,
          ...billRoutes,
          ...paymentRoutes,
          ...settingsRoutes,
          ...fiscalDayRoutes,
          ...registerRoutes,
        ],
        mount: (router) => {
          mountMollieWebhook(router, enqueueSync);
          router.use(authenticate({ tokens: platform.tokens }));
          mountBillableOrderRoutes(router, deps);
          mountBillRoutes(router, deps);
          mountPaymentRoutes(router, deps);
          mountSettingsRoutes(router, deps);
          mountFiscalDayRoutes(router, deps);
          mountRegisterRoutes(router, deps);
        },
        subscriptions: subscriptions(deps),
        jobs: [syncJob, reconcileJob],
        schedules: [
          {
            job: reconcileJob,
            everyMs: config.RECONCILE_EVERY_MS,
            payload: {
              quietForMs: config.RECONCILE_QUIET_FOR_MS,
              abandonCreatingAfterMs: config.ABANDON_CREATING_AFTER_MS,
            },
          },
        ],
        publishes: [
          BillCreatedV1,
          PaymentPaidV1,
          PaymentFailedV1,
          PaymentRefundedV1,
          BillPaidV1,
          OrderPaidV1,
          FiscalDayOpenedV1,
          FiscalDayClosedV1,
        ],
      });
      webhookUrl ??= `http://127.0.0.1:${running.port}/v1/webhooks/mollie`;
      return running;
    },
  };
}

/**
 * The Mollie client pins its own CA bundle, so the simulator's self-signed certificate can
 * only be accepted by turning certificate checks off for this process: a test or demo
 * setting, refused with a live key.
 */
function trustSimulatorCertificate(config: BillingConfig, log: Logger): void {
  if (!config.MOLLIE_TRUST_ANY_CERTIFICATE) return;
  if (config.MOLLIE_API_KEY.startsWith('live_')) {
    throw new Error('MOLLIE_TRUST_ANY_CERTIFICATE must not be true with a live Mollie key');
  }
  log.warn('TLS certificates are not checked (MOLLIE_TRUST_ANY_CERTIFICATE, simulator only)');
  // eslint-disable-next-line no-restricted-properties -- the client takes no agent or CA: this is the only switch
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}
