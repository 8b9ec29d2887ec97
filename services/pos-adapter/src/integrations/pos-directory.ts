import type { Logger } from '@brigade/core';
import type { FiscalPos } from '../domain/fiscal-pos';
import type { PosConnection, PosConnectionRepository } from '../domain/pos-connection';
import { liefersoftPos } from './liefersoft-pos';
import { PosBreaker, type BreakerOptions } from './pos-breaker';

/**
 * The register of each location: its own connection, or the service's default. One client
 * per account (its token cached), one breaker per endpoint: a register down at one
 * location holds back only the pushes that go there.
 */
export function posDirectory(options: {
  connections: PosConnectionRepository;
  fallback: PosConnection;
  breaker: BreakerOptions;
  callbackUrl: () => string | null;
  log: Logger;
}) {
  const breakers = new Map<string, PosBreaker>();
  const clients = new Map<string, FiscalPos>();
  const breakerFor = (endpoint: string) => {
    let breaker = breakers.get(endpoint);
    if (!breaker) {
      breaker = new PosBreaker(endpoint, options.breaker, options.log);
      breakers.set(endpoint, breaker);
    }
    return breaker;
  };
  const clientFor = (c: PosConnection): FiscalPos => {
    const id = JSON.stringify([c.baseUrl, c.login, c.password, c.companyId]);
    let client = clients.get(id);
    if (!client) {
      client = liefersoftPos({
        ...c,
        callbackUrl: options.callbackUrl,
        breaker: breakerFor(c.baseUrl),
      });
      clients.set(id, client);
    }
    return client;
  };
  return {
    async forLocation(locationId: string): Promise<FiscalPos> {
      return clientFor((await options.connections.find(locationId)) ?? options.fallback);
    },
    /** Breaker states by endpoint, for the metrics and the API. */
    states: () => [...breakers.values()].map((b) => ({ endpoint: b.endpoint, state: b.state })),
    stateOf: (endpoint: string) => breakers.get(endpoint)?.state ?? 'closed',
    shutdown: () => breakers.forEach((b) => b.shutdown()),
  };
}
export type PosDirectory = ReturnType<typeof posDirectory>;
