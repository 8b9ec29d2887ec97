import { hashPassword } from '../../libs/http/src';
import { newId } from '../../libs/contracts/src';
import type { Sql } from './builders';

export const OPERATOR_PASSWORD = 'operator-password-1';

/** A member of staff of the tenant (an operator unless told), in orders' staff (the console signs in through orders). */
export async function anOperator(ordersDb: Sql, tenantId: string, role = 'operator') {
  const user = {
    id: newId(),
    email: `betrieb-${newId()}@brigade.test`,
    password: OPERATOR_PASSWORD,
  };
  await ordersDb.query(
    `INSERT INTO staff_users (id, tenant_id, email, name, password_hash, roles)
     VALUES ($1, $2, $3, 'Betrieb', $4, $5)`,
    [user.id, tenantId, user.email, await hashPassword(user.password), [role]],
  );
  return user;
}
