import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const AlertKind = z.enum([
  'permanent-failure',
  'dead-letter-depth',
  'station-offline',
  'marketplace-deadline',
  'paid-not-confirmed',
]);
export type AlertKind = z.infer<typeof AlertKind>;

export const AlertStatus = z.enum(['open', 'acknowledged', 'resolved']);
export type AlertStatus = z.infer<typeof AlertStatus>;

/** One incident: raised once, however often its cause repeats until it is acknowledged. */
export const AlertView = z
  .object({
    id: Id,
    tenantId: Id.nullable(),
    locationId: Id.nullable(),
    orderId: Id.nullable(),
    kind: AlertKind,
    /** What the incident is about; repeats of it join this alert. */
    incident: z.string(),
    message: z.string(),
    occurrences: z.number().int(),
    status: AlertStatus,
    raisedAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    acknowledgedBy: z.string().nullable(),
    acknowledgedAt: z.iso.datetime().nullable(),
    /** `sent` once the alert webhook took it; `none` when no webhook is configured. */
    webhook: z.enum(['pending', 'sent', 'failed', 'none']),
  })
  .meta({ id: 'Alert' });
export type AlertView = z.infer<typeof AlertView>;

export const listAlertsRoute = defineRoute({
  method: 'get',
  path: '/v1/alerts',
  summary: 'Alerts, newest first (open ones by default)',
  tag: 'console',
  request: {
    query: z.object({
      status: AlertStatus.default('open'),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  response: {
    status: 200,
    description: 'The alerts',
    body: z.object({ items: z.array(AlertView) }),
  },
  problems: [],
});

export const acknowledgeAlertRoute = defineRoute({
  method: 'post',
  path: '/v1/alerts/:alertId/acknowledge',
  summary: 'An operator has seen the alert and takes it; a repeat of its cause raises a new one',
  tag: 'console',
  request: {
    params: z.object({ alertId: Id }),
    body: z.object({ note: z.string().trim().max(500).optional() }),
  },
  response: { status: 200, description: 'The alert, acknowledged', body: AlertView },
  problems: [],
});
