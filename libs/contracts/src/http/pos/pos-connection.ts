import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const PosConnectionRequest = z
  .object({
    /** Where the location's register answers (`https://api.liefersoft.de`, say). */
    url: z.url({ protocol: /^https?$/, error: 'an http or https URL' }).max(500),
    login: z.string().trim().min(1).max(200),
    /** Write-only: never shown again. */
    password: z.string().min(1).max(500),
    companyId: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'PosConnectionRequest' });

export const PosConnectionResponse = z
  .object({
    locationId: Id,
    /** `location`: its own register; `default`: the service's (no connection set). */
    source: z.enum(['location', 'default']),
    url: z.string(),
    login: z.string(),
    companyId: z.string(),
    /** The endpoint's circuit breaker as this instance sees it. */
    breaker: z.enum(['closed', 'open', 'half-open']),
    updatedBy: z.string().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PosConnection' });
export type PosConnectionResponse = z.infer<typeof PosConnectionResponse>;

const locationParams = z.object({ locationId: Id });

export const putPosConnectionRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/fiscal-pos',
  summary:
    "The location's own fiscal register (URL and account); pushes from now on go there. Manager of the location or admin",
  tag: 'fiscal-pos',
  request: { params: locationParams, body: PosConnectionRequest },
  response: { status: 200, description: 'The connection', body: PosConnectionResponse },
  problems: [],
});

export const getPosConnectionRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/fiscal-pos',
  summary:
    "Which register the location's bills go to, and its breaker (the password is never shown). Manager, operator or admin",
  tag: 'fiscal-pos',
  request: { params: locationParams },
  response: { status: 200, description: 'The connection', body: PosConnectionResponse },
  problems: [],
});
