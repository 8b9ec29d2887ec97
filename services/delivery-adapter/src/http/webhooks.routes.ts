import { deliverooWebhookRoute, uberEatsWebhookRoute, woltWebhookRoute } from '@brigade/contracts';
import { UnauthenticatedError, ValidationError } from '@brigade/core';
import { mountRoute, rawBodyOf } from '@brigade/http';
import type { Request, Router } from 'express';
import type { Marketplace } from '../domain/marketplace';
import type { DeliveryDeps } from '../domain/ports';
import { noticeOf } from '../domain/webhooks/notices';
import { receiveWebhook } from '../domain/webhooks/receive-webhook';
import { deliverooSigned, uberSigned, woltSigned } from '../domain/webhooks/signatures';

export const webhookRoutes = [uberEatsWebhookRoute, woltWebhookRoute, deliverooWebhookRoute];

export interface WebhookSecrets {
  uberEats: string;
  wolt: string;
  deliveroo: string;
}

/**
 * The marketplaces' webhooks. The signature is checked on the bytes as they came, before
 * anything is parsed or stored: a forged or altered request answers 401 and leaves no trace.
 */
export function mountWebhookRoutes(router: Router, deps: DeliveryDeps, secrets: WebhookSecrets) {
  const take = async (marketplace: Marketplace, req: Request, signed: (raw: Buffer) => boolean) => {
    const raw = rawBodyOf(req);
    if (!signed(raw)) {
      throw new UnauthenticatedError(
        `The ${marketplace} signature does not match`,
        'invalid-signature',
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new ValidationError([{ field: 'body', message: 'not JSON' }]);
    }
    await receiveWebhook(
      deps,
      marketplace,
      noticeOf(marketplace, body, req.get('x-deliveroo-sequence-guid')),
    );
    return undefined;
  };
  mountRoute(router, uberEatsWebhookRoute, (_input, req) =>
    take('uber-eats', req, (raw) => uberSigned(secrets.uberEats, raw, req.get('x-uber-signature'))),
  );
  mountRoute(router, woltWebhookRoute, (_input, req) =>
    take('wolt', req, (raw) => woltSigned(secrets.wolt, raw, req.get('wolt-signature'))),
  );
  mountRoute(router, deliverooWebhookRoute, (_input, req) =>
    take('deliveroo', req, (raw) =>
      deliverooSigned(
        secrets.deliveroo,
        raw,
        req.get('x-deliveroo-sequence-guid'),
        req.get('x-deliveroo-hmac-sha256'),
      ),
    ),
  );
}
