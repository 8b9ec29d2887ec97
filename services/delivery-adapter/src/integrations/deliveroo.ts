import { AppError } from '@brigade/core';
import type { MarketplaceApi } from '../domain/ports';

/** Deliveroo sends the whole order in its webhook: there is nothing to fetch. */
export function deliverooApi(): MarketplaceApi {
  return {
    fetchOrder: () =>
      Promise.reject(
        new AppError('nothing-to-fetch', 500, 'Deliveroo orders come whole in their webhook', {
          retryable: false,
        }),
      ),
  };
}
