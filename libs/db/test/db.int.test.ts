import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDatabase, runDatabasePrefix, TestEnv } from '../../testing/src';
import {
  createDatabaseIfMissing,
  createDataSource,
  Db,
  runMigrations,
  type DataSource,
  type EntityManager,
} from '../src';

class CreateWidgets1700000000001 implements MigrationInterface {
  readonly name = 'CreateWidgets1700000000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE widgets (id int PRIMARY KEY)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE widgets');
  }
}

class AddWidgetName1700000000002 implements MigrationInterface {
  readonly name = 'AddWidgetName1700000000002';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE widgets ADD COLUMN name text NOT NULL DEFAULT ''");
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets DROP COLUMN name');
  }
}

const MIGRATIONS = [CreateWidgets1700000000001, AddWidgetName1700000000002];
const MIGRATION_NAMES = ['CreateWidgets1700000000001', 'AddWidgetName1700000000002'];

const aNote = () => `note-${randomBytes(4).toString('hex')}`;

describe('Db', () => {
  const env = new TestEnv();
  const scratch = `${runDatabasePrefix(env.run.runId)}${env.ns}_dbtest`;
  const dataSources: DataSource[] = [];
  let db: Db;

  async function openDataSource(url: string): Promise<DataSource> {
    const dataSource = createDataSource({ url, entities: [], migrations: MIGRATIONS, poolSize: 2 });
    dataSources.push(dataSource);
    return dataSource.initialize();
  }

  /** Counts committed rows through another pool connection, outside any transaction. */
  async function stored(body: string): Promise<number> {
    const [row] = await db.dataSource.query(
      'SELECT count(*)::int AS n FROM notes WHERE body = $1',
      [body],
    );
    return (row as { n: number }).n;
  }

  beforeAll(async () => {
    const url = await createDatabase(env.run.postgresUrl, scratch);
    db = new Db(await openDataSource(url));
    await db.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  });
  afterAll(async () => {
    await Promise.allSettled(dataSources.filter((d) => d.isInitialized).map((d) => d.destroy()));
  });

  describe('withTransaction', () => {
    it('when the callback succeeds, then its writes are committed and its result returned', async () => {
      const body = aNote();

      const result = await db.withTransaction(async (em) => {
        await em.query('INSERT INTO notes (body) VALUES ($1)', [body]);
        return 'ok';
      });

      expect(result).toBe('ok');
      expect(await stored(body)).toBe(1);
    });

    it('when the callback throws, then its writes are rolled back and the error passes through', async () => {
      const body = aNote();
      const failure = new Error('boom');

      const outcome = db.withTransaction(async (em) => {
        await em.query('INSERT INTO notes (body) VALUES ($1)', [body]);
        throw failure;
      });

      await expect(outcome).rejects.toBe(failure);
      expect(await stored(body)).toBe(0);
    });

    it('when nested, then the inner one joins the outer and a later throw rolls back both', async () => {
      const body = aNote();
      const seen: { outer?: EntityManager; inner?: EntityManager; manager?: EntityManager } = {};
      const inside: boolean[] = [];
      const visibleOutside: number[] = [];

      const outcome = db.withTransaction(async (outer) => {
        seen.outer = outer;
        await db.withTransaction(async (inner) => {
          seen.inner = inner;
          seen.manager = db.manager();
          inside.push(db.inTransaction());
          await db.query('INSERT INTO notes (body) VALUES ($1)', [body]);
        });
        visibleOutside.push(await stored(body));
        throw new Error('outer fails after the inner wrote');
      });

      await expect(outcome).rejects.toThrow('outer fails after the inner wrote');
      expect(seen.inner).toBe(seen.outer);
      expect(seen.manager).toBe(seen.outer);
      expect(seen.outer).not.toBe(db.dataSource.manager);
      expect(inside).toEqual([true]);
      expect(visibleOutside).toEqual([0]);
      expect(db.inTransaction()).toBe(false);
      expect(db.manager()).toBe(db.dataSource.manager);
      expect(await stored(body)).toBe(0);
    });

    it('when nested and the outer succeeds, then the inner write is committed with it', async () => {
      const body = aNote();

      await db.withTransaction(async () => {
        await db.withTransaction(async (em) =>
          em.query('INSERT INTO notes (body) VALUES ($1)', [body]),
        );
      });

      expect(await stored(body)).toBe(1);
    });
  });

  describe('runMigrations', () => {
    it('when run on a fresh database, then applies each migration once and nothing the second time', async () => {
      const url = await createDatabase(env.run.postgresUrl, `${scratch}_migrate`);
      const dataSource = await openDataSource(url);

      const first = await runMigrations(dataSource);
      const second = await runMigrations(dataSource);

      expect(first).toEqual(MIGRATION_NAMES);
      expect(second).toEqual([]);
      const columns = await dataSource.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'widgets' ORDER BY ordinal_position",
      );
      expect(columns).toEqual([{ column_name: 'id' }, { column_name: 'name' }]);
    });

    it('when two instances migrate the same fresh database at once, then both succeed and each migration is applied once', async () => {
      const url = await createDatabase(env.run.postgresUrl, `${scratch}_race`);
      const [a, b] = await Promise.all([openDataSource(url), openDataSource(url)]);

      const [appliedByA, appliedByB] = await Promise.all([runMigrations(a), runMigrations(b)]);

      expect([...appliedByA, ...appliedByB].sort()).toEqual([...MIGRATION_NAMES].sort());
      const rows = await a.query(
        'SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY name',
      );
      expect(rows).toEqual([
        { name: 'AddWidgetName1700000000002', n: 1 },
        { name: 'CreateWidgets1700000000001', n: 1 },
      ]);
    });
  });

  describe('createDatabaseIfMissing', () => {
    it('when the database does not exist, then creates it once and answers false the second time', async () => {
      const name = `${scratch}_created`;
      const url = env.url(name);

      const first = await createDatabaseIfMissing(url);
      const second = await createDatabaseIfMissing(url);

      expect(first).toBe(true);
      expect(second).toBe(false);
      const dataSource = await openDataSource(url);
      expect(await dataSource.query('SELECT current_database() AS name')).toEqual([{ name }]);
    });
  });
});
