import type { FieldIssue } from '@brigade/core';
import type { ModifierOptionRecord } from './catalog-ports';

/** Options as a client sends them: `id` keeps one of the group's options, none adds one. */
export interface OptionInput {
  id?: string;
  name: string;
  priceDeltaMinor: number;
  available: boolean;
}

/** What is wrong with a group's limits and option list, by field; empty when it can be offered. */
export function modifierGroupProblems(
  group: { minSelect: number; maxSelect: number; options: readonly OptionInput[] },
  knownOptionIds: ReadonlySet<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (group.minSelect > group.maxSelect) {
    issues.push({ field: 'maxSelect', message: `must be at least minSelect (${group.minSelect})` });
  }
  if (group.minSelect > group.options.length) {
    issues.push({
      field: 'minSelect',
      message: `only ${group.options.length} options to choose from`,
    });
  }
  const seen = new Set<string>();
  group.options.forEach((o, i) => {
    if (o.id === undefined) return;
    if (!knownOptionIds.has(o.id)) {
      issues.push({ field: `options.${i}.id`, message: 'not an option of this group' });
    } else if (seen.has(o.id)) {
      issues.push({ field: `options.${i}.id`, message: 'each option once' });
    }
    seen.add(o.id);
  });
  return issues;
}

/** The options to store: those sent with an id keep it, new ones get one. */
export function toOptionRecords(
  options: readonly OptionInput[],
  newId: () => string,
): ModifierOptionRecord[] {
  return options.map((o) => ({
    id: o.id ?? newId(),
    name: o.name,
    priceDeltaMinor: o.priceDeltaMinor,
    available: o.available,
  }));
}
