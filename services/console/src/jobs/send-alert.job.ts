import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { AlertRepository } from '../db/repositories/alerts.repository';
import { toAlertView } from '../http/views';

/**
 * POSTs one alert to the configured webhook, with back-off; the alert's id is the job's,
 * so an incident is sent once however often its cause repeats. The alert's id travels in
 * the body and `Idempotency-Key`, so a receiver can drop the rare repeat (a crash between
 * its answer and our note of it).
 */
export const sendAlertJob = (deps: {
  alerts: AlertRepository;
  url: string;
  timeoutMs: number;
  attempts: number;
  backoffMs: number;
  now(): Date;
}) =>
  defineJob({
    name: 'console.send-alert',
    payload: z.object({ alertId: z.string().uuid() }),
    attempts: deps.attempts,
    backoffMs: deps.backoffMs,
    backoffMaxMs: 600_000,
    concurrency: 4,
    process: async ({ alertId }, job) => {
      const alert = await deps.alerts.find(alertId);
      if (!alert || alert.webhook === 'sent') return;
      try {
        const res = await fetch(deps.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': alert.id },
          body: JSON.stringify(toAlertView(alert)),
          signal: AbortSignal.timeout(deps.timeoutMs),
        });
        if (!res.ok) throw new Error(`the alert webhook answered ${res.status}`);
      } catch (err) {
        if (job.attemptsMade + 1 >= deps.attempts)
          await deps.alerts.setWebhook(alert.id, 'failed', deps.now());
        throw err;
      }
      await deps.alerts.setWebhook(alert.id, 'sent', deps.now());
    },
  });
