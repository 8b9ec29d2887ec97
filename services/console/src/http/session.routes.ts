import { consoleSignInRoute, SignInResponse } from '@brigade/contracts';
import { AppError, ForbiddenError, UnavailableError } from '@brigade/core';
import { mountRoute } from '@brigade/http';
import type { Router } from 'express';

/**
 * Sign-in for the page, through the console: it asks orders (which owns staff) and hands
 * the token on only to operators and admins, so the page talks to the console alone.
 */
export function mountSessionRoute(router: Router, ordersUrl: string, timeoutMs: number): void {
  mountRoute(router, consoleSignInRoute, async ({ body }) => {
    let res: Response;
    try {
      res = await fetch(`${ordersUrl.replace(/\/+$/, '')}/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new UnavailableError('Sign-in is unavailable: orders does not answer', err);
    }
    if (res.status >= 400 && res.status < 500)
      throw new AppError('sign-in-failed', 401, 'The email or password is not right');
    if (!res.ok)
      throw new UnavailableError(`Sign-in is unavailable: orders answered ${res.status}`);
    const session = SignInResponse.parse(await res.json());
    if (!session.user.roles.some((r) => r === 'operator' || r === 'admin'))
      throw new ForbiddenError('The console is for operators and admins', 'not-an-operator');
    return session;
  });
}
