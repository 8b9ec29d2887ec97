import { Client } from 'pg';

async function withAdmin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

const safe = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`odd database name ${name}`);
  return `"${name}"`;
};

/** Creates `name`, as a copy of `template` when given (a migrated template clones in milliseconds). */
export async function createDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  await withAdmin(adminUrl, async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(
          `CREATE DATABASE ${safe(name)}${template ? ` TEMPLATE ${safe(template)}` : ''}`,
        );
        return;
      } catch (err) {
        // Another clone of the same template may hold it for a moment.
        const busy = (err as { code?: string }).code === '55006';
        if (!busy || attempt > 50) throw err;
        await new Promise((r) => setTimeout(r, 50 + attempt * 20));
      }
    }
  });
  return databaseUrl(adminUrl, name);
}

/** Drops every database whose name starts with `prefix` (a finished or abandoned test run). */
export async function dropDatabases(adminUrl: string, prefix: string): Promise<number> {
  return withAdmin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix.replace(/_/g, '\\_')}%`],
    );
    for (const { datname } of rows)
      await c.query(`DROP DATABASE IF EXISTS ${safe(datname)} WITH (FORCE)`);
    return rows.length;
  });
}

/** Names of the test-run prefixes present, for clearing runs that died without cleaning up. */
export async function listDatabases(adminUrl: string, like: string): Promise<string[]> {
  return withAdmin(adminUrl, async (c) =>
    (
      await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        like,
      ])
    ).rows.map((r) => r.datname),
  );
}
