import { z } from 'zod';
import { ConfigError, env, loadConfig } from './config';

const schema = z.object({
  PORT: env.port(3000),
  WORKERS: env.int(4, 1),
  DATABASE_URL: env.url('postgres://localhost:5432/brigade', ['postgres', 'postgresql']),
  MIGRATE_ON_START: env.bool(true),
  LOG_LEVEL: env.logLevel(),
  RETRY_DELAYS_MS: env.list([1_000, 5_000]),
  SIGNING_KEY: z.string().min(1),
});

function configError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError, nothing was thrown');
}

describe('loadConfig', () => {
  it('when only the required variable is set, then every default applies', () => {
    const config = loadConfig(schema, { SIGNING_KEY: 'k' });

    expect(config).toEqual({
      PORT: 3000,
      WORKERS: 4,
      DATABASE_URL: 'postgres://localhost:5432/brigade',
      MIGRATE_ON_START: true,
      LOG_LEVEL: 'info',
      RETRY_DELAYS_MS: [1_000, 5_000],
      SIGNING_KEY: 'k',
    });
  });

  it('when variables are set, then they are coerced to their types', () => {
    const config = loadConfig(schema, {
      PORT: '8080',
      WORKERS: '2',
      DATABASE_URL: 'postgresql://db:5432/x',
      MIGRATE_ON_START: '0',
      LOG_LEVEL: 'debug',
      RETRY_DELAYS_MS: '10, 20,30',
      SIGNING_KEY: 'k',
    });

    expect(config).toEqual({
      PORT: 8080,
      WORKERS: 2,
      DATABASE_URL: 'postgresql://db:5432/x',
      MIGRATE_ON_START: false,
      LOG_LEVEL: 'debug',
      RETRY_DELAYS_MS: [10, 20, 30],
      SIGNING_KEY: 'k',
    });
  });

  it('when a value is bad and a required variable is missing, then one error names both', () => {
    const error = configError(() => loadConfig(schema, { PORT: '70000' }));

    expect(error.name).toBe('ConfigError');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toMatch(/^ {2}- PORT: .*\(got "70000"\)$/m);
    expect(error.message).toMatch(/^ {2}- SIGNING_KEY: .*\(got null\)$/m);
  });

  it('when several values are bad, then every one is listed', () => {
    const error = configError(() =>
      loadConfig(schema, {
        PORT: 'eighty',
        WORKERS: '0',
        DATABASE_URL: 'mysql://db/x',
        MIGRATE_ON_START: 'yes',
        LOG_LEVEL: 'loud',
        RETRY_DELAYS_MS: '1,x',
        SIGNING_KEY: 'k',
      }),
    );

    const names = error.issues.map((issue) => issue.split(':')[0]);
    expect(names.sort()).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'MIGRATE_ON_START',
      'PORT',
      'RETRY_DELAYS_MS',
      'WORKERS',
    ]);
  });

  it('when a variable is an empty string, then it is treated as unset', () => {
    const config = loadConfig(schema, { PORT: '', MIGRATE_ON_START: '', SIGNING_KEY: 'k' });

    expect(config.PORT).toBe(3000);
    expect(config.MIGRATE_ON_START).toBe(true);
  });

  it('when a required variable is an empty string, then it counts as missing', () => {
    const error = configError(() => loadConfig(schema, { SIGNING_KEY: '' }));

    expect(error.issues).toEqual([expect.stringMatching(/^SIGNING_KEY: .*\(got null\)$/)]);
  });

  it('when a variable that may hold credentials is bad, then its value is not echoed', () => {
    const error = configError(() =>
      loadConfig(z.object({ DATABASE_URL: env.url('postgres://x', ['postgres']) }), {
        DATABASE_URL: 'mysql://user:s3cret@db/x',
      }),
    );

    expect(error.message).toMatch(/DATABASE_URL: .*\(got "\[redacted\]"\)/);
    expect(error.message).not.toMatch(/s3cret/);
  });

  it('when variables outside the schema are set, then they are not in the result', () => {
    const config = loadConfig(schema, { SIGNING_KEY: 'k', HOME: '/root' });

    expect(config).not.toHaveProperty('HOME');
  });

  it('when the config is loaded, then it is frozen', () => {
    const config = loadConfig(schema, { SIGNING_KEY: 'k' });

    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { PORT: number }).PORT = 1;
    }).toThrow(TypeError);
  });
});

describe('env helpers', () => {
  const one = <T extends z.ZodType>(value: T) => z.object({ VALUE: value });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    [undefined, true],
  ])('when env.bool(true) reads %s, then it is %s', (raw, expected) => {
    const config = loadConfig(one(env.bool(true)), { VALUE: raw });

    expect(config.VALUE).toBe(expected);
  });

  it.each(['yes', 'TRUE', 'on'])('when env.bool reads %s, then it is refused', (raw) => {
    const error = configError(() => loadConfig(one(env.bool(false)), { VALUE: raw }));

    expect(error.issues).toEqual([expect.stringMatching(/^VALUE: /)]);
  });

  it.each([
    ['1,2,3', [1, 2, 3]],
    [' 5 , 6 ', [5, 6]],
    ['7', [7]],
    [undefined, [100, 200]],
  ])('when env.list reads %j, then it is %j', (raw, expected) => {
    const config = loadConfig(one(env.list([100, 200])), { VALUE: raw });

    expect(config.VALUE).toEqual(expected);
  });

  it.each(['1,a', '1.5', '-1,2'])('when env.list reads %s, then it is refused', (raw) => {
    const error = configError(() => loadConfig(one(env.list([1])), { VALUE: raw }));

    expect(error.message).toContain('VALUE: must be comma-separated whole numbers');
  });

  it.each([
    ['redis://cache:6379', 'redis://cache:6379'],
    ['rediss://cache:6380', 'rediss://cache:6380'],
    [undefined, 'redis://127.0.0.1:6379'],
  ])('when env.url reads %s, then it is %s', (raw, expected) => {
    const config = loadConfig(one(env.url('redis://127.0.0.1:6379', ['redis', 'rediss'])), {
      VALUE: raw,
    });

    expect(config.VALUE).toBe(expected);
  });

  it.each(['http://cache:6379', 'cache:6379', 'redis:/cache'])(
    'when env.url reads %s, then it names the protocols it accepts',
    (raw) => {
      const error = configError(() =>
        loadConfig(one(env.url('redis://x', ['redis', 'rediss'])), { VALUE: raw }),
      );

      expect(error.issues).toEqual([
        `VALUE: must be a URL starting with redis:// or rediss:// (got ${JSON.stringify(raw)})`,
      ]);
    },
  );

  it.each(['0', '8080', '65535'])('when env.port reads %s, then it is that number', (raw) => {
    const config = loadConfig(one(env.port(3000)), { VALUE: raw });

    expect(config.VALUE).toBe(Number(raw));
  });

  it.each(['65536', '-1', '80.5', 'http'])('when env.port reads %s, then it is refused', (raw) => {
    const load = () => loadConfig(one(env.port(3000)), { VALUE: raw });

    expect(load).toThrow(ConfigError);
  });
});
