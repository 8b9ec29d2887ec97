import { signInRoute } from '@brigade/contracts';
import { mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { signIn } from '../domain/auth/sign-in';
import type { OrdersDeps } from '../domain/ports';

export const authRoutes = [signInRoute];

/** Mounted before authentication: signing in is how a member of staff gets a token. */
export function mountAuthRoutes(router: Router, deps: OrdersDeps): void {
  mountRoute(router, signInRoute, ({ body }) => signIn(deps, body));
}
