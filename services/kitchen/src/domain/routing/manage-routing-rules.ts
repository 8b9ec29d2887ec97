import type { RoutingRuleRequest } from '@brigade/contracts';
import {
  assertAccess,
  ConflictError,
  NotFoundError,
  requireRole,
  ValidationError,
  type Actor,
} from '@brigade/core';
import type { z } from 'zod';
import type { KitchenDeps } from '../ports';
import type { RoutingRule } from './station';

export async function createRoutingRule(
  deps: KitchenDeps,
  caller: Actor,
  locationId: string,
  input: z.infer<typeof RoutingRuleRequest>,
): Promise<RoutingRule> {
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const named = (['productId', 'categoryId', 'modifierOptionId'] as const).filter((k) => input[k]);
  if (named.length > 1) {
    throw new ValidationError([
      { field: named[1]!, message: `route by one of ${named.join(', ')}, not several` },
    ]);
  }
  if (named.length === 0 && !input.diningAreaId) {
    throw new ValidationError([
      {
        field: 'productId',
        message: 'name a productId, categoryId, modifierOptionId or diningAreaId to route by',
      },
    ]);
  }
  const station = await deps.stations.find(input.stationId);
  if (!station || station.tenantId !== caller.tenantId || station.locationId !== locationId) {
    throw new ValidationError([{ field: 'stationId', message: 'not a station of this location' }]);
  }
  const rule: RoutingRule = {
    id: deps.newId(),
    tenantId: caller.tenantId,
    locationId,
    stationId: station.id,
    productId: input.productId ?? null,
    categoryId: input.categoryId ?? null,
    modifierOptionId: input.modifierOptionId ?? null,
    diningAreaId: input.diningAreaId ?? null,
    createdAt: deps.clock.now(),
  };
  if (!(await deps.stations.insertRule(rule))) {
    throw new ConflictError('routing-rule-exists', 'This rule exists for this station');
  }
  return rule;
}

export async function listRoutingRules(deps: KitchenDeps, caller: Actor, locationId: string) {
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return (await deps.stations.listRules(locationId)).filter((r) => r.tenantId === caller.tenantId);
}

export async function deleteRoutingRule(
  deps: KitchenDeps,
  caller: Actor,
  ruleId: string,
): Promise<RoutingRule> {
  requireRole(caller, 'manager');
  const rule = await deps.stations.findRule(ruleId);
  if (!rule) throw new NotFoundError('The routing rule');
  assertAccess(caller, rule, 'The routing rule');
  await deps.stations.deleteRule(ruleId);
  return rule;
}
