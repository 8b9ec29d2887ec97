import type { CreatePriceRuleRequest, UpdatePriceRuleRequest } from '@brigade/contracts';
import { NotFoundError, requireRole, type Actor, type FieldIssue } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { After, PriceRuleRecord } from './catalog-ports';
import { checkReferences } from './check-references';
import { assertMayEditCatalog, assertMayReadCatalog } from './menu-access';
import { PriceRuleInvalidError } from './menu.errors';
import { recordMenuChange } from './record-menu-change';

const notFound = () => new NotFoundError('The price rule');

type RuleShape = Pick<PriceRuleRecord, 'startsAt' | 'endsAt' | 'productIds' | 'categoryIds'>;

function ruleProblems(rule: RuleShape): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (rule.startsAt.slice(0, 5) === rule.endsAt.slice(0, 5)) {
    issues.push({ field: 'endsAt', message: 'must differ from startsAt' });
  }
  if (rule.productIds === null && rule.categoryIds === null) {
    issues.push({ field: 'productIds', message: 'name products or categories (or both)' });
  }
  return issues;
}

async function checkRule(
  deps: OrdersDeps,
  tenantId: string,
  rule: RuleShape & { locationIds: string[] | null },
) {
  const problems = ruleProblems(rule);
  if (problems.length) throw new PriceRuleInvalidError(problems);
  await checkReferences(deps, tenantId, {
    locationIds: { kind: 'location', ids: rule.locationIds },
    productIds: { kind: 'product', ids: rule.productIds },
    categoryIds: { kind: 'category', ids: rule.categoryIds },
  });
}

/** The locations whose menu a rule change reaches: where it applied and where it applies. */
const reach = (...scopes: (string[] | null)[]): string[] | 'all' =>
  scopes.some((s) => s === null) ? 'all' : [...new Set(scopes.flatMap((s) => s ?? []))];

export function listPriceRules(deps: OrdersDeps, actor: Actor, limit: number, after?: After) {
  assertMayReadCatalog(actor);
  return deps.menu.catalog.priceRules.list(actor.tenantId, limit, after);
}

export async function getPriceRule(deps: OrdersDeps, actor: Actor, ruleId: string) {
  assertMayReadCatalog(actor);
  const rule = await deps.menu.catalog.priceRules.find(actor.tenantId, ruleId);
  if (!rule) throw notFound();
  return rule;
}

/** A manager bound to some locations may set rules for those locations only. */
export async function createPriceRule(
  deps: OrdersDeps,
  actor: Actor,
  input: CreatePriceRuleRequest,
): Promise<PriceRuleRecord> {
  assertMayEditCatalog(actor, input.locationIds);
  await checkRule(deps, actor.tenantId, input);
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const rule = {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
      createdAt: now,
      updatedAt: now,
    };
    await deps.menu.catalog.priceRules.insert(rule);
    await recordMenuChange(deps, actor.tenantId, reach(rule.locationIds), {
      kind: 'price-rule',
      id: rule.id,
      action: 'created',
    });
    return rule;
  });
}

export function updatePriceRule(
  deps: OrdersDeps,
  actor: Actor,
  ruleId: string,
  input: UpdatePriceRuleRequest,
): Promise<PriceRuleRecord> {
  requireRole(actor, 'manager');
  return deps.transaction(async () => {
    const { priceRules } = deps.menu.catalog;
    const current = await getPriceRule(deps, actor, ruleId);
    const next = { ...current, ...input };
    assertMayEditCatalog(actor, current.locationIds);
    assertMayEditCatalog(actor, next.locationIds);
    await checkRule(deps, actor.tenantId, next);
    const rule = await priceRules.update(actor.tenantId, ruleId, input, deps.clock.now());
    if (!rule) throw notFound();
    await recordMenuChange(deps, actor.tenantId, reach(current.locationIds, rule.locationIds), {
      kind: 'price-rule',
      id: ruleId,
      action: 'updated',
    });
    return rule;
  });
}

export function deletePriceRule(
  deps: OrdersDeps,
  actor: Actor,
  ruleId: string,
): Promise<PriceRuleRecord> {
  requireRole(actor, 'manager');
  return deps.transaction(async () => {
    const rule = await getPriceRule(deps, actor, ruleId);
    assertMayEditCatalog(actor, rule.locationIds);
    if (!(await deps.menu.catalog.priceRules.remove(actor.tenantId, ruleId, deps.clock.now())))
      throw notFound();
    await recordMenuChange(deps, actor.tenantId, reach(rule.locationIds), {
      kind: 'price-rule',
      id: ruleId,
      action: 'deleted',
    });
    return rule;
  });
}
