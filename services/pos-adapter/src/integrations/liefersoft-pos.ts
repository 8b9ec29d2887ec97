import {
  PosRefused,
  PosUnavailable,
  type FiscalPos,
  type PosOrderState,
} from '../domain/fiscal-pos';
import type { PosBreaker } from './pos-breaker';

export interface LiefersoftOptions {
  baseUrl: string;
  login: string;
  password: string;
  companyId: string;
  /** Where the register calls back when an order moves. */
  callbackUrl: () => string | null;
  breaker: PosBreaker;
  /** A token is renewed this long before it expires. */
  renewBeforeMs?: number;
}

interface Token {
  value: string;
  expiresAt: number;
}

/**
 * A Liefersoft-style register over HTTP: `POST /login` gives a short-lived bearer token
 * (about five minutes), kept and renewed before it runs out, or at once after a 401;
 * `POST /orders` with our key as `orderId` and `Idempotency-Key`; `GET /orders/:id`;
 * `GET /orders?orderId=`. Every call goes through the endpoint's breaker.
 */
export function liefersoftPos(options: LiefersoftOptions): FiscalPos {
  const { baseUrl, breaker } = options;
  const renewBeforeMs = options.renewBeforeMs ?? 30_000;
  let token: Token | null = null;
  let loggingIn: Promise<Token> | null = null;

  const send = async (
    what: string,
    path: string,
    init: { method: string; body?: unknown; headers?: Record<string, string> },
    signal: AbortSignal,
  ): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(new URL(path, baseUrl), {
        method: init.method,
        headers: {
          accept: 'application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
      });
    } catch (err) {
      throw new PosUnavailable(`${what}: ${(err as Error).message}`, { cause: err });
    }
    const text = await res.text();
    if (res.status >= 500 || res.status === 429 || res.status === 408)
      throw new PosUnavailable(`${what}: HTTP ${res.status}`);
    if (res.status >= 400)
      throw new PosRefused(res.status, `${what}: HTTP ${res.status} ${describe(text)}`);
    return text ? JSON.parse(text) : null;
  };

  /** A refused login is our credentials, not the order: retried like an outage, with the reason. */
  const sendLogin = (...args: Parameters<typeof send>) =>
    send(...args).catch((err: unknown) => {
      if (err instanceof PosRefused)
        throw new PosUnavailable(
          `login refused (check FISCAL_POS_LOGIN/PASSWORD/COMPANY_ID): ${err.message}`,
        );
      throw err;
    });

  const login = (): Promise<Token> =>
    (loggingIn ??= breaker
      .call('login', async (signal) => {
        const body = (await sendLogin(
          'login',
          '/login',
          {
            method: 'POST',
            body: {
              login: options.login,
              password: options.password,
              companyId: options.companyId,
            },
          },
          signal,
        )) as { accessToken?: string; expiresIn?: number };
        if (!body?.accessToken) throw new PosUnavailable('login: no accessToken in the answer');
        return {
          value: body.accessToken,
          expiresAt: Date.now() + (body.expiresIn ?? 300) * 1000,
        };
      })
      .finally(() => {
        loggingIn = null;
      }));

  const authorized = async <T>(
    what: string,
    path: string,
    init: { method: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<T> => {
    for (let tries = 0; ; tries++) {
      if (!token || token.expiresAt - renewBeforeMs < Date.now()) token = await login();
      const bearer = token.value;
      try {
        return (await breaker.call(what, (signal) =>
          send(
            what,
            path,
            { ...init, headers: { ...init.headers, authorization: `Bearer ${bearer}` } },
            signal,
          ),
        )) as T;
      } catch (err) {
        // The token ran out early (the register restarted, its clock differs): log in again once.
        if (err instanceof PosRefused && err.status === 401) {
          if (token?.value === bearer) token = null;
          if (tries === 0) continue;
          throw new PosUnavailable(`${what}: the register refuses a fresh token`);
        }
        throw err;
      }
    }
  };

  return {
    async push(key, order) {
      const callbackUrl = options.callbackUrl();
      const body = await authorized<RawOrder>('push', '/orders', {
        method: 'POST',
        body: { ...order, orderId: key, ...(callbackUrl ? { callbackUrl } : {}) },
        headers: { 'idempotency-key': key },
      });
      return toState(body);
    },
    async findByKey(key) {
      const found = await authorized<RawOrder[]>(
        'lookup',
        `/orders?orderId=${encodeURIComponent(key)}`,
        { method: 'GET' },
      );
      return found.map(toState);
    },
    async get(posOrderId) {
      return toState(
        await authorized<RawOrder>('status', `/orders/${encodeURIComponent(posOrderId)}`, {
          method: 'GET',
        }),
      );
    },
    heldBackUntil: () => breaker.heldBackUntil(),
  };
}

interface RawOrder {
  id: string;
  orderId: string;
  platformStatus: PosOrderState['status'];
  errorMessage?: string | null;
  tse?: PosOrderState['tse'];
}

const toState = (o: RawOrder): PosOrderState => ({
  id: o.id,
  key: o.orderId,
  status: o.platformStatus,
  errorMessage: o.errorMessage ?? null,
  tse: o.tse ?? null,
});

const describe = (text: string) => {
  try {
    const body = JSON.parse(text) as { message?: string };
    return body.message ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
};
