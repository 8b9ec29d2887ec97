import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money in and out: billing settings per location, fiscal days, cash registers with their
 * sessions and movements, payments (Mollie, cash, card terminal) and refunds.
 *
 * The guards that keep money exact live here as constraints: one open fiscal day per
 * location and one open session per register (partial unique indexes); a Mollie id and an
 * idempotency key belong to one payment or refund; a closed register session and its
 * movements can no longer change (trigger).
 */
export class CreatePaymentsAndRegisters1733700000000 implements MigrationInterface {
  name = 'CreatePaymentsAndRegisters1733700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE location_billing_settings (
        location_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        timezone text NOT NULL,
        require_open_register boolean NOT NULL,
        service_charge_bps integer NOT NULL CHECK (service_charge_bps BETWEEN 0 AND 5000),
        service_charge_min_guests integer CHECK (service_charge_min_guests >= 1),
        discount_approval_above_bps integer NOT NULL CHECK (discount_approval_above_bps BETWEEN 0 AND 10000),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE fiscal_days (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        number integer NOT NULL,
        business_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_by text,
        closed_at timestamptz,
        z_report jsonb,
        UNIQUE (location_id, number)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX fiscal_days_one_open ON fiscal_days (location_id) WHERE status = 'open'`,
    );
    await runner.query(`
      CREATE TABLE cash_registers (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (location_id, name)
      )`);
    await runner.query(`
      CREATE TABLE register_sessions (
        id uuid PRIMARY KEY,
        register_id uuid NOT NULL REFERENCES cash_registers (id),
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        fiscal_day_id uuid NOT NULL REFERENCES fiscal_days (id),
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        opening_float_minor integer NOT NULL CHECK (opening_float_minor >= 0),
        opening_denominations jsonb NOT NULL,
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        expected_minor integer,
        counted_minor integer CHECK (counted_minor >= 0),
        counted_denominations jsonb,
        difference_minor integer,
        difference_reason text,
        closed_by text,
        closed_at timestamptz
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX register_sessions_one_open ON register_sessions (register_id) WHERE status = 'open'`,
    );
    await runner.query(`
      CREATE TABLE cash_movements (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES register_sessions (id),
        kind text NOT NULL CHECK (kind IN ('cash_in', 'cash_out', 'safe_drop', 'tips_out')),
        amount_minor integer NOT NULL CHECK (amount_minor > 0),
        reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX cash_movements_session ON cash_movements (session_id)');
    await runner.query(`
      ALTER TABLE bills
        ADD COLUMN fiscal_day_id uuid REFERENCES fiscal_days (id),
        ADD COLUMN subtotal_minor integer,
        ADD COLUMN discount_minor integer NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
        ADD COLUMN discount jsonb,
        ADD COLUMN split_taxes jsonb,
        ADD COLUMN service_charge_minor integer NOT NULL DEFAULT 0 CHECK (service_charge_minor >= 0),
        ADD COLUMN service_charge_bps integer NOT NULL DEFAULT 0,
        ADD COLUMN paid_at timestamptz`);
    await runner.query('UPDATE bills SET subtotal_minor = total_minor, split_taxes = taxes');
    await runner.query(
      'ALTER TABLE bills ALTER COLUMN subtotal_minor SET NOT NULL, ALTER COLUMN split_taxes SET NOT NULL',
    );
    await runner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        order_id uuid NOT NULL,
        bill_id uuid NOT NULL REFERENCES bills (id),
        fiscal_day_id uuid NOT NULL REFERENCES fiscal_days (id),
        method text NOT NULL CHECK (method IN ('mollie', 'cash', 'card')),
        status text NOT NULL CHECK (status IN
          ('creating', 'open', 'pending', 'authorized', 'paid', 'failed', 'canceled', 'expired')),
        amount_minor integer NOT NULL CHECK (amount_minor > 0),
        tip_minor integer NOT NULL CHECK (tip_minor >= 0),
        currency char(3) NOT NULL,
        tendered_minor integer CHECK (tendered_minor >= 0),
        change_minor integer CHECK (change_minor >= 0),
        register_session_id uuid REFERENCES register_sessions (id),
        terminal_reference text,
        mollie_payment_id text UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        request_key text NOT NULL,
        request_hash text NOT NULL,
        checkout_url text,
        redirect_url text,
        refunded_minor integer NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        status_changed_at timestamptz NOT NULL,
        paid_at timestamptz,
        CHECK (refunded_minor <= amount_minor + tip_minor),
        CHECK (tendered_minor IS NULL OR tendered_minor = amount_minor + tip_minor + change_minor),
        UNIQUE (bill_id, request_key)
      )`);
    await runner.query('CREATE INDEX payments_bill ON payments (bill_id)');
    await runner.query(
      `CREATE INDEX payments_unsettled ON payments (created_at) WHERE status IN ('creating', 'open', 'pending', 'authorized')`,
    );
    await runner.query('CREATE INDEX payments_fiscal_day ON payments (fiscal_day_id)');
    await runner.query('CREATE INDEX payments_register_session ON payments (register_session_id)');
    await runner.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES payments (id),
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        fiscal_day_id uuid NOT NULL REFERENCES fiscal_days (id),
        method text NOT NULL CHECK (method IN ('mollie', 'cash')),
        status text NOT NULL CHECK (status IN ('creating', 'pending', 'processing', 'queued',
          'refunded', 'failed', 'canceled')),
        amount_minor integer NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        reason text NOT NULL,
        register_session_id uuid REFERENCES register_sessions (id),
        mollie_refund_id text UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        request_key text NOT NULL,
        request_hash text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX refunds_payment_request ON refunds (payment_id, request_key)',
    );
    await runner.query('CREATE INDEX refunds_fiscal_day ON refunds (fiscal_day_id)');
    // A closed session is history: neither it nor its movements may change afterwards.
    await runner.query(`
      CREATE FUNCTION refuse_closed_register_session_change() RETURNS trigger AS $$
      BEGIN
        IF TG_TABLE_NAME = 'register_sessions' THEN
          IF OLD.status = 'closed' THEN
            RAISE EXCEPTION 'register session % is closed', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM register_sessions
                    WHERE id = COALESCE(NEW.session_id, OLD.session_id) AND status = 'closed') THEN
          RAISE EXCEPTION 'register session is closed' USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$ LANGUAGE plpgsql`);
    await runner.query(`
      CREATE TRIGGER register_sessions_closed_immutable BEFORE UPDATE OR DELETE ON register_sessions
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_register_session_change()`);
    await runner.query(`
      CREATE FUNCTION refuse_takings_in_closed_register_session() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM register_sessions
                    WHERE id = NEW.register_session_id AND status = 'closed') THEN
          RAISE EXCEPTION 'register session % is closed', NEW.register_session_id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    for (const table of ['payments', 'refunds']) {
      await runner.query(`
        CREATE TRIGGER ${table}_not_in_closed_session BEFORE INSERT ON ${table}
          FOR EACH ROW EXECUTE FUNCTION refuse_takings_in_closed_register_session()`);
    }
    await runner.query(`
      CREATE TRIGGER cash_movements_closed_immutable BEFORE INSERT OR UPDATE OR DELETE ON cash_movements
        FOR EACH ROW EXECUTE FUNCTION refuse_closed_register_session_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE refunds, payments, cash_movements, register_sessions');
    await runner.query(
      'DROP FUNCTION refuse_closed_register_session_change, refuse_takings_in_closed_register_session',
    );
    await runner.query('DROP TABLE cash_registers, fiscal_days, location_billing_settings');
    await runner.query(`
      ALTER TABLE bills DROP COLUMN fiscal_day_id, DROP COLUMN subtotal_minor,
        DROP COLUMN discount_minor, DROP COLUMN discount, DROP COLUMN split_taxes, DROP COLUMN service_charge_minor,
        DROP COLUMN service_charge_bps, DROP COLUMN paid_at`);
  }
}
