import { randomBytes } from 'node:crypto';

/** 256 random bits as base64url (43 characters): printed in QR codes, shared at a table. */
export const newFloorToken = (): string => randomBytes(32).toString('base64url');
