import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const SignInRequest = z
  .object({
    tenantId: Id,
    email: z.email().max(200),
    password: z.string().min(1).max(200),
  })
  .meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SignInResponse = z
  .object({
    /** Send as `Authorization: Bearer <token>` to every service. */
    token: z.string(),
    expiresInSeconds: z.number().int(),
    user: z.object({ id: Id, name: z.string(), roles: z.array(z.string()) }),
  })
  .meta({ id: 'SignInResponse' });
export type SignInResponse = z.infer<typeof SignInResponse>;

export const signInRoute = defineRoute({
  method: 'post',
  path: '/v1/auth/token',
  summary: 'Staff sign-in: a short-lived token for every service',
  tag: 'auth',
  request: { body: SignInRequest },
  response: { status: 200, description: 'The token and who it is for', body: SignInResponse },
  problems: ['sign-in-failed'],
});

export const StorefrontTokenResponse = z
  .object({
    /** Send as `Authorization: Bearer <token>` to any service (billing, to pay a bill). */
    token: z.string(),
    expiresInSeconds: z.number().int(),
    locationIds: z.array(Id),
    channel: z.string(),
  })
  .meta({ id: 'StorefrontTokenResponse' });

export const storefrontTokenRoute = defineRoute({
  method: 'post',
  path: '/v1/auth/storefront-token',
  summary:
    'A storefront exchanges its API key (`X-Api-Key`) for a short-lived token every service accepts; orders alone knows the keys',
  tag: 'auth',
  request: {},
  response: { status: 200, description: 'The token', body: StorefrontTokenResponse },
  problems: [],
});
