import type { CreateModifierGroupRequest, UpdateModifierGroupRequest } from '@brigade/contracts';
import { NotFoundError, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { After, ModifierGroupRecord } from './catalog-ports';
import { assertMayEditCatalog, assertMayReadCatalog } from './menu-access';
import { ModifierGroupInvalidError } from './menu.errors';
import { modifierGroupProblems, toOptionRecords } from './modifier-group-rules';
import { recordMenuChange } from './record-menu-change';

const notFound = () => new NotFoundError('The modifier group');

export function listModifierGroups(deps: OrdersDeps, actor: Actor, limit: number, after?: After) {
  assertMayReadCatalog(actor);
  return deps.menu.catalog.modifierGroups.list(actor.tenantId, limit, after);
}

export async function getModifierGroup(deps: OrdersDeps, actor: Actor, groupId: string) {
  assertMayReadCatalog(actor);
  const group = await deps.menu.catalog.modifierGroups.find(actor.tenantId, groupId);
  if (!group) throw notFound();
  return group;
}

export function createModifierGroup(
  deps: OrdersDeps,
  actor: Actor,
  input: CreateModifierGroupRequest,
): Promise<ModifierGroupRecord> {
  assertMayEditCatalog(actor);
  const problems = modifierGroupProblems(input, new Set());
  if (problems.length) throw new ModifierGroupInvalidError(problems);
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const group = {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
      options: toOptionRecords(input.options, deps.newId),
      createdAt: now,
      updatedAt: now,
    };
    await deps.menu.catalog.modifierGroups.insert(group);
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'modifier-group',
      id: group.id,
      action: 'created',
    });
    return group;
  });
}

/** The limits are checked against the group as it will be (what is sent over what is stored). */
export function updateModifierGroup(
  deps: OrdersDeps,
  actor: Actor,
  groupId: string,
  input: UpdateModifierGroupRequest,
): Promise<ModifierGroupRecord> {
  assertMayEditCatalog(actor);
  return deps.transaction(async () => {
    const { modifierGroups } = deps.menu.catalog;
    const current = await modifierGroups.find(actor.tenantId, groupId);
    if (!current) throw notFound();
    const next = { ...current, ...input };
    const problems = modifierGroupProblems(next, new Set(current.options.map((o) => o.id)));
    if (problems.length) throw new ModifierGroupInvalidError(problems);
    const { options, ...limits } = input;
    const changes = {
      ...limits,
      ...(options && { options: toOptionRecords(options, deps.newId) }),
    };
    const group = await modifierGroups.update(actor.tenantId, groupId, changes, deps.clock.now());
    if (!group) throw notFound();
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'modifier-group',
      id: groupId,
      action: 'updated',
    });
    return group;
  });
}

/** Products stop offering it; past orders keep the options they were sold with. */
export function deleteModifierGroup(
  deps: OrdersDeps,
  actor: Actor,
  groupId: string,
): Promise<ModifierGroupRecord> {
  assertMayEditCatalog(actor);
  return deps.transaction(async () => {
    const group = await deps.menu.catalog.modifierGroups.find(actor.tenantId, groupId);
    if (
      !group ||
      !(await deps.menu.catalog.modifierGroups.remove(actor.tenantId, groupId, deps.clock.now()))
    ) {
      throw notFound();
    }
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'modifier-group',
      id: groupId,
      action: 'deleted',
    });
    return group;
  });
}
