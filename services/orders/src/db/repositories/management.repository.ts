import type { Db } from '@brigade/db';
import { hashApiKey, hashPassword, newApiKey, type StaffTokens } from '@brigade/http';
import type { ManagementPort } from '../../domain/management/ports';
import { apiKeyStore } from './management-api-keys.repository';
import { managedLocationStore } from './management-locations.repository';
import { staffUserStore } from './management-staff-users.repository';
import { tenantStore } from './management-tenants.repository';

/** `bk_` and 7 characters: tells keys apart in a list, far too short to guess the rest from. */
const PREFIX_LENGTH = 10;

/** When a JWT we have just signed expires (its `exp` claim). */
function expiryOf(token: string): Date {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {
    exp: number;
  };
  return new Date(payload.exp * 1000);
}

/** The management API's stores, credentials and approval signing, over the orders database. */
export function managementPort(db: Db, tokens: StaffTokens): ManagementPort {
  return {
    tenants: tenantStore(db),
    locations: managedLocationStore(db),
    apiKeys: apiKeyStore(db),
    staffUsers: staffUserStore(db),
    approvalsIssued: {
      async record(a) {
        await db.query(
          `INSERT INTO approvals_issued
             (id, tenant_id, manager_id, requested_by, action, subject_id, issued_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            a.id,
            a.tenantId,
            a.managerId,
            a.requestedBy,
            a.action,
            a.subjectId,
            a.issuedAt,
            a.expiresAt,
          ],
        );
      },
    },
    hashPassword,
    newApiKey() {
      const key = newApiKey();
      return { key, hash: hashApiKey(key), prefix: key.slice(0, PREFIX_LENGTH) };
    },
    async signApproval(manager, action, subjectId) {
      const token = await tokens.signApproval(manager, action, subjectId);
      return { token, expiresAt: expiryOf(token) };
    },
  };
}
