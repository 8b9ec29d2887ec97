import type { RouteContract } from '@brigade/contracts';
import type { IdempotencyOptions } from '@brigade/http';
import type { Router } from 'express';
import type { OrdersDeps } from '../domain/ports';

export const managementRoutes: RouteContract[] = [];

export function mountManagementRoutes(
  _router: Router,
  _deps: OrdersDeps,
  _idempotency: IdempotencyOptions,
): void {}
