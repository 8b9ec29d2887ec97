import { AppError } from '@brigade/core';
import type { StaffTokens } from '@brigade/http';
import type { Failure } from '../domain/failure';
import type { OwnerAnswer, Owners } from '../domain/ports';

export interface OwnerUrls {
  kitchen: string;
  posAdapter: string;
  deliveryAdapter: string;
}

/**
 * Asks the owning service, on its operator API, to redo or settle a failure, as the
 * operator (a short token for the failure's tenant, so an admin acts on any tenant). A 409
 * means it was done already (a lost answer, another console): `already`, not an error.
 */
export function ownerApi(urls: OwnerUrls, tokens: StaffTokens, timeoutMs: number): Owners {
  const call = async (
    f: Failure,
    by: string,
    url: string,
    body: object,
    method = 'POST',
  ): Promise<OwnerAnswer> => {
    if (!f.tenantId) throw new AppError('action-not-possible', 422, 'The failure names no tenant');
    const token = await tokens.sign({
      tenantId: f.tenantId,
      userId: by.replace(/^user:/, ''),
      roles: ['operator'],
      locationIds: 'all',
    });
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new AppError('owner-refused', 502, `${url} did not answer: ${String(err)}`, {
        retryable: true,
      });
    }
    if (res.ok) return 'done';
    if (res.status === 409) return 'already';
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
    // The owner refused what was asked (422: say why) or failed (502: try again later).
    throw new AppError(
      'owner-refused',
      res.status < 500 ? 422 : 502,
      `${url} answered ${res.status}: ${problem.detail ?? problem.title ?? res.statusText}`,
    );
  };
  const base = (u: string) => u.replace(/\/+$/, '');
  const pushes = `${base(urls.posAdapter)}/v1/fiscal-pushes`;
  return {
    retryPrintJob: (f, id, by) =>
      call(f, by, `${base(urls.kitchen)}/v1/print-jobs/${id}/retry`, {}),
    resendFiscalPush: (f, id, by, reason) => call(f, by, `${pushes}/${id}/resend`, { reason }),
    refundFiscalPush: (f, id, by, reason) => call(f, by, `${pushes}/${id}/refund`, { reason }),
    closeFiscalPush: (f, id, by, reason) => call(f, by, `${pushes}/${id}/mark-handled`, { reason }),
    retryMarketplaceOrder: (f, id, by) =>
      call(f, by, `${base(urls.deliveryAdapter)}/v1/marketplace-orders/${id}/retry`, {}),
    mapSkus: (f, mappings, by) =>
      call(
        f,
        by,
        `${base(urls.deliveryAdapter)}/v1/locations/${f.locationId}/sku-mappings`,
        { mappings },
        'PUT',
      ),
  };
}
