import type { FieldIssue } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { CatalogReference } from './catalog-ports';
import { ReferenceNotFoundError } from './menu.errors';

/** Ids of a body to check, by the field that holds them (`categoryId`, `modifierGroupIds`). */
export type References = Partial<
  Record<string, { kind: CatalogReference; ids: string[] | string | null | undefined }>
>;

/**
 * 422 naming each id in the body that is not the tenant's (`modifierGroupIds.2`): another
 * tenant's id is treated exactly like one that does not exist.
 */
export async function checkReferences(
  deps: OrdersDeps,
  tenantId: string,
  references: References,
): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const [field, ref] of Object.entries(references)) {
    if (!ref || ref.ids === null || ref.ids === undefined) continue;
    const ids = typeof ref.ids === 'string' ? [ref.ids] : ref.ids;
    const found = await deps.menu.catalog.existing(tenantId, ref.kind, ids);
    ids.forEach((id, i) => {
      if (found.has(id)) return;
      const name = typeof ref.ids === 'string' ? field : `${field}.${i}`;
      issues.push({ field: name, message: `no ${ref.kind} ${id} in this tenant` });
    });
  }
  if (issues.length) throw new ReferenceNotFoundError(issues);
}
