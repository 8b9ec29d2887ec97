import { z } from 'zod';

/** Values of these variables may hold credentials: never echoed. */
const SECRET_NAME = /URL|SECRET|PASSWORD|TOKEN|KEY/i;

/** Thrown at start when the environment is incomplete; names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment with a zod object whose keys are variable names.
 * Fails with every problem at once, frozen on success.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): Readonly<z.infer<S>> {
  const input = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key]?.trim() === '' ? undefined : env[key]]),
  );
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(root)';
        const value = input[String(issue.path[0])];
        const got =
          value !== undefined && SECRET_NAME.test(name)
            ? '"[redacted]"'
            : JSON.stringify(value ?? null);
        return `${name}: ${issue.message} (got ${got})`;
      }),
    );
  }
  return Object.freeze(result.data);
}

/** Reusable pieces for config schemas. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  int: (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback),
  url: (fallback: string, protocols: string[]) =>
    z
      .string()
      .default(fallback)
      .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), {
        message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
      }),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
  logLevel: () =>
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  list: (fallback: number[]) =>
    z
      .string()
      .default(fallback.join(','))
      .transform((v, ctx) => {
        const parts = v.trim() === '' ? [] : v.split(',').map((s) => s.trim());
        if (parts.some((p) => !/^\d+$/.test(p))) {
          ctx.addIssue({ code: 'custom', message: 'must be comma-separated whole numbers' });
        }
        return parts.map(Number);
      }),
};
