import { signInRoute, storefrontTokenRoute } from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { signIn } from '../domain/auth/sign-in';
import { storefrontToken } from '../domain/auth/storefront-token';
import type { OrdersDeps } from '../domain/ports';

export const authRoutes = [signInRoute, storefrontTokenRoute];

/** Mounted before authentication: signing in is how a member of staff gets a token. */
export function mountAuthRoutes(router: Router, deps: OrdersDeps): void {
  mountRoute(router, signInRoute, ({ body }) => signIn(deps, body));
}

/** Mounted after authentication: the API key is checked like on any storefront call. */
export function mountStorefrontTokenRoute(router: Router, deps: OrdersDeps): void {
  mountRoute(router, storefrontTokenRoute, (_input, req) => storefrontToken(deps, actorOf(req)));
}
