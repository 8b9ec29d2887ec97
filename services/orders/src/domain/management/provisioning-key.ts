import { createHash, timingSafeEqual } from 'node:crypto';
import { ProvisioningKeyInvalidError } from './management.errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** 401 unless `presented` is the platform's provisioning key; compared in constant time. */
export function assertProvisioningKey(presented: string | undefined, expected: string): void {
  // Digests have one length, so neither the comparison nor its time depends on the input's.
  if (presented === undefined || !timingSafeEqual(digest(presented), digest(expected))) {
    throw new ProvisioningKeyInvalidError();
  }
}
