import { z } from 'zod';

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
    Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(root)';
        return `${name}: ${issue.message} (got ${JSON.stringify(input[String(issue.path[0])] ?? null)})`;
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
        const numbers = v.split(',').map((s) => Number(s.trim()));
        if (numbers.some((n) => !Number.isInteger(n) || n < 0)) {
          ctx.addIssue({ code: 'custom', message: 'must be comma-separated whole numbers' });
        }
        return numbers;
      }),
};
