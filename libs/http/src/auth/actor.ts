import type { Channel } from '@brigade/contracts';
import { UnauthenticatedError } from '@brigade/core';
import type { Request } from 'express';

export const ROLES = ['waiter', 'cashier', 'manager', 'kitchen', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A storefront (QR page, kiosk, web shop, marketplace bridge) calling with its API key. */
export interface StorefrontActor {
  kind: 'storefront';
  tenantId: string;
  apiKeyId: string;
  /** The locations the key may order for. */
  locationIds: string[];
  /** Orders placed with this key come from this channel. */
  channel: Channel;
}

/** A signed-in member of staff. */
export interface StaffActor {
  kind: 'staff';
  tenantId: string;
  userId: string;
  roles: Role[];
  /** The locations the user works at; `all` for tenant-wide roles. */
  locationIds: string[] | 'all';
}

export type Actor = StorefrontActor | StaffActor;

/** The authenticated caller of this request (set by `authenticate`). */
export function actorOf(req: Request): Actor {
  const actor = req.res?.locals.actor as Actor | undefined;
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
