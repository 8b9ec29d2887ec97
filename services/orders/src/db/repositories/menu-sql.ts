/**
 * `col = $n, …` for the fields of `changes` that are set (null included: it clears), numbered
 * after `offset` parameters; the values come in the same order.
 */
export function setClause(
  changes: Record<string, unknown>,
  columns: Record<string, string>,
  offset: number,
): { sql: string; values: unknown[] } {
  const parts: string[] = [];
  const values: unknown[] = [];
  for (const [field, column] of Object.entries(columns)) {
    if (changes[field] === undefined) continue;
    values.push(changes[field]);
    parts.push(`${column} = $${offset + values.length}`);
  }
  return { sql: parts.join(', '), values };
}
