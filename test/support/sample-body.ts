import { z } from 'zod';

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
};

/**
 * The smallest body a route's schema accepts: required fields only, ids taken from `ids` by
 * field name (`tableId` → ids.tableId) or made up. Lets a test call every route validly
 * without a hand-written body per route.
 */
export function sampleBody(schema: z.ZodType, ids: Record<string, string>): unknown {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return sample(json, '', { ...ids, $defs: json.$defs ?? {} });
}

interface Ids {
  [name: string]: unknown;
  $defs: Record<string, JsonSchema>;
}

function sample(s: JsonSchema, name: string, ids: Ids): unknown {
  if (s.$ref) return sample(ids.$defs[s.$ref.replace('#/$defs/', '')]!, name, ids);
  const variant = s.anyOf ?? s.oneOf;
  if (variant) return sample(variant.find((v) => v.type !== 'null') ?? variant[0]!, name, ids);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((p) => sample(p, name, ids)));
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (s.required ?? []).map((key) => [key, sample(s.properties![key]!, key, ids)]),
      );
    case 'array': {
      const singular = name.endsWith('Ids') ? name.slice(0, -1) : name;
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () =>
        sample(s.items ?? {}, singular, ids),
      );
    }
    case 'integer':
    case 'number':
      return Math.max(1, Math.ceil(s.minimum ?? (s.exclusiveMinimum ?? 0) + 1));
    case 'boolean':
      return false;
    case 'string':
      return sampleString(s, name, ids);
    default:
      return null;
  }
}

function sampleString(s: JsonSchema, name: string, ids: Ids): string {
  if (s.format === 'uuid') return String(ids[name] ?? ids.any);
  if (s.format === 'date-time') return new Date(Date.now() + 3_600_000).toISOString();
  if (s.format === 'email') return 'someone@example.com';
  if (s.pattern === '^[A-Z]{3}$') return 'EUR';
  return 'x'.repeat(Math.max(1, s.minLength ?? 1));
}
