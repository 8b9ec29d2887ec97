import type { RouteContract } from '@brigade/contracts';
import type { IdempotencyOptions } from '@brigade/http';
import type { Router } from 'express';
import type { OrdersDeps } from '../domain/ports';

export const liveRoutes: RouteContract[] = [];

export function mountLiveRoutes(
  _router: Router,
  _deps: OrdersDeps,
  _idempotency: IdempotencyOptions,
): void {}
