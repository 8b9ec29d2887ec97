import type { Db } from '@brigade/db';
import type { PrintingRepository } from '../../domain/printing/ports';
import type { Printer, PrintJob, PrintJobStatus } from '../../domain/printing/print-job';

type Row = Record<string, unknown>;
const JOB_COLUMNS =
  'id, tenant_id, location_id, ticket_id, printer_id, kind, status, attempts, last_error, printed_on, created_at, updated_at, printed_at, void_items';

export function printingRepository(db: Db): PrintingRepository {
  const printers = async (sql: string, params: unknown[]) =>
    (await db.query<Row>(sql, params)).map(toPrinter);
  const job = async (sql: string, id: string) => {
    const [row] = await db.query<Row>(sql, [id]);
    return row ? toJob(row) : undefined;
  };
  return {
    async insertPrinter(p) {
      await db.query(
        `INSERT INTO printers (id, tenant_id, location_id, station, name, host, port, backup_printer_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          p.id,
          p.tenantId,
          p.locationId,
          p.station,
          p.name,
          p.host,
          p.port,
          p.backupPrinterId,
          p.createdAt,
        ],
      );
    },
    listPrinters: (locationId) =>
      printers('SELECT * FROM printers WHERE location_id = $1 ORDER BY name', [locationId]),
    listAllPrinters: () => printers('SELECT * FROM printers ORDER BY location_id, name', []),
    async findPrinter(id) {
      const [found] = await printers('SELECT * FROM printers WHERE id = $1', [id]);
      return found;
    },
    printersOf: (locationId, station) =>
      printers('SELECT * FROM printers WHERE location_id = $1 AND station = $2 ORDER BY name', [
        locationId,
        station,
      ]),
    async insertJobs(jobs) {
      const rows = await db.query<Row>(
        `INSERT INTO print_jobs (${JOB_COLUMNS})
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS j(id uuid, tenant_id uuid, location_id uuid,
           ticket_id uuid, printer_id uuid, kind text, status text, attempts int, last_error text,
           printed_on uuid, created_at timestamptz, updated_at timestamptz, printed_at timestamptz,
           void_items jsonb)
         ON CONFLICT DO NOTHING RETURNING ${JOB_COLUMNS}`,
        [
          JSON.stringify(
            jobs.map((j) => ({
              id: j.id,
              tenant_id: j.tenantId,
              location_id: j.locationId,
              ticket_id: j.ticketId,
              printer_id: j.printerId,
              kind: j.kind,
              status: j.status,
              attempts: j.attempts,
              last_error: j.lastError,
              printed_on: j.printedOn,
              created_at: j.createdAt,
              updated_at: j.updatedAt,
              printed_at: j.printedAt,
              void_items: j.voidItems,
            })),
          ),
        ],
      );
      return rows.map(toJob);
    },
    findJob: (id) => job(`SELECT ${JOB_COLUMNS} FROM print_jobs WHERE id = $1`, id),
    lockJob: (id) => job(`SELECT ${JOB_COLUMNS} FROM print_jobs WHERE id = $1 FOR UPDATE`, id),
    async listJobs(ticketId) {
      const rows = await db.query<Row>(
        `SELECT ${JOB_COLUMNS} FROM print_jobs WHERE ticket_id = $1 ORDER BY created_at, id`,
        [ticketId],
      );
      return rows.map(toJob);
    },
    async pendingJobsFor(printerId) {
      const rows = await db.query<{ id: string }>(
        `SELECT j.id FROM print_jobs j JOIN printers p ON p.id = j.printer_id
          WHERE j.status = 'pending' AND (p.id = $1 OR p.backup_printer_id = $1)`,
        [printerId],
      );
      return rows.map((r) => r.id);
    },
    async listUnfinishedJobs(before, limit) {
      const rows = await db.query<Row>(
        `SELECT ${JOB_COLUMNS} FROM print_jobs
          WHERE status IN ('pending', 'sent') AND updated_at < $1 ORDER BY updated_at LIMIT $2`,
        [before, limit],
      );
      return rows.map(toJob);
    },
    async updateJob(j) {
      await db.query(
        `UPDATE print_jobs SET status = $2, attempts = $3, last_error = $4, printed_on = $5,
           updated_at = $6, printed_at = $7 WHERE id = $1`,
        [j.id, j.status, j.attempts, j.lastError, j.printedOn, j.updatedAt, j.printedAt],
      );
    },
  };
}

const toPrinter = (r: Row): Printer => ({
  id: r.id as string,
  tenantId: r.tenant_id as string,
  locationId: r.location_id as string,
  station: r.station as string,
  name: r.name as string,
  host: r.host as string,
  port: r.port as number,
  backupPrinterId: r.backup_printer_id as string | null,
  createdAt: r.created_at as Date,
});

const toJob = (r: Row): PrintJob => ({
  id: r.id as string,
  tenantId: r.tenant_id as string,
  locationId: r.location_id as string,
  ticketId: r.ticket_id as string,
  printerId: r.printer_id as string,
  kind: r.kind as PrintJob['kind'],
  status: r.status as PrintJobStatus,
  attempts: r.attempts as number,
  lastError: r.last_error as string | null,
  printedOn: r.printed_on as string | null,
  createdAt: new Date(r.created_at as string),
  updatedAt: new Date(r.updated_at as string),
  printedAt: r.printed_at ? new Date(r.printed_at as string) : null,
  voidItems: r.void_items as PrintJob['voidItems'],
});
