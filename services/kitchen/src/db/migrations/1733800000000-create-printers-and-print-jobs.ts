import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Network printers per station, each with an optional backup, and one print job per ticket
 * and printer: the row is written with the ticket, so a ticket never exists without its
 * prints; a printed job is never printed again (reprints are jobs of their own).
 */
export class CreatePrintersAndPrintJobs1733800000000 implements MigrationInterface {
  name = 'CreatePrintersAndPrintJobs1733800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE printers (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        station text NOT NULL,
        name text NOT NULL,
        host text NOT NULL,
        port integer NOT NULL CHECK (port BETWEEN 1 AND 65535),
        backup_printer_id uuid REFERENCES printers (id),
        created_at timestamptz NOT NULL,
        UNIQUE (location_id, name)
      )`);
    await runner.query('CREATE INDEX printers_station ON printers (location_id, station)');
    await runner.query(`
      CREATE TABLE print_jobs (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        printer_id uuid NOT NULL REFERENCES printers (id),
        kind text NOT NULL CHECK (kind IN ('ticket', 'reprint')),
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'printed', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        printed_on uuid REFERENCES printers (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        printed_at timestamptz
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX print_jobs_once ON print_jobs (ticket_id, printer_id) WHERE kind = 'ticket'`,
    );
    await runner.query('CREATE INDEX print_jobs_ticket ON print_jobs (ticket_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE print_jobs, printers');
  }
}
