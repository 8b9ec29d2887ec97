import { UnavailableError } from '@brigade/core';
import type { StaffTokens } from '@brigade/http';

/**
 * The units waiting in a location's kitchen, asked of kitchen as this service (a staff
 * token of the kitchen role for that location, signed with the shared secret).
 */
export function kitchenLoadClient(options: {
  baseUrl: string;
  tokens: StaffTokens;
  timeoutMs: number;
}) {
  // Joined with paths: a configured URL may end with a slash.
  const base = options.baseUrl.replace(/\/$/, '');
  return async (tenantId: string, locationId: string): Promise<number> => {
    const token = await options.tokens.sign({
      tenantId,
      userId: 'delivery-adapter',
      roles: ['kitchen'],
      locationIds: [locationId],
    });
    let res: Response;
    try {
      res = await fetch(`${base}/v1/locations/${locationId}/kitchen-load`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      throw new UnavailableError(`kitchen: ${(err as Error).message}`, err);
    }
    if (!res.ok) throw new UnavailableError(`kitchen: HTTP ${res.status}`);
    const body = (await res.json()) as { items: Array<{ unitsWaiting: number }> };
    return body.items.reduce((sum, s) => sum + s.unitsWaiting, 0);
  };
}
