import {
  ForbiddenError,
  ROLES,
  systemClock,
  UnauthenticatedError,
  type Clock,
  type Role,
  type StaffActor,
  type StorefrontActor,
} from '@brigade/core';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';

const ALG = 'HS256';
const ISSUER = 'brigade';

/** A manager's approval of one privileged action, verified. */
export interface Approval {
  managerId: string;
  action: string;
  subjectId: string;
  approvedAt: Date;
}

/**
 * Short-lived signed tokens (JWT, HS256) for staff, for storefronts (exchanged for their API
 * key at orders, which owns the keys) and for a manager's approval. Every service verifies
 * them with the shared secret alone, without asking orders.
 */
export class StaffTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds = 15 * 60,
    private readonly approvalTtlSeconds = 5 * 60,
    private readonly clock: Clock = systemClock,
  ) {
    if (secret.length < 32) throw new Error('the token secret needs at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  sign(actor: Omit<StaffActor, 'kind'>): Promise<string> {
    return new SignJWT({
      tid: actor.tenantId,
      roles: actor.roles,
      locs: actor.locationIds,
      use: 'staff',
    })
      .setProtectedHeader({ alg: ALG })
      .setSubject(actor.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(this.clock.now())
      .setExpirationTime(this.expiresIn(this.ttlSeconds))
      .sign(this.key);
  }

  /** A storefront's API key, exchanged for a token every service accepts (same lifetime). */
  signStorefront(actor: Omit<StorefrontActor, 'kind'>): Promise<string> {
    return new SignJWT({
      tid: actor.tenantId,
      locs: actor.locationIds,
      ch: actor.channel,
      use: 'storefront',
    })
      .setProtectedHeader({ alg: ALG })
      .setSubject(actor.apiKeyId)
      .setIssuer(ISSUER)
      .setIssuedAt(this.clock.now())
      .setExpirationTime(this.expiresIn(this.ttlSeconds))
      .sign(this.key);
  }

  async verify(token: string): Promise<StaffActor | StorefrontActor> {
    const claims = await this.claims(token, ['staff', 'storefront']);
    if (claims.use === 'storefront') {
      return {
        kind: 'storefront',
        tenantId: String(claims.tid),
        apiKeyId: String(claims.sub),
        locationIds: claims.locs as string[],
        channel: claims.ch as StorefrontActor['channel'],
      };
    }
    return {
      kind: 'staff',
      tenantId: String(claims.tid),
      userId: String(claims.sub),
      roles: (claims.roles as string[]).filter((r): r is Role =>
        (ROLES as readonly string[]).includes(r),
      ),
      locationIds: claims.locs === 'all' ? 'all' : (claims.locs as string[]),
    };
  }

  /** A manager approves `action` on `subjectId` (an order, an item): the token travels with the request. */
  async signApproval(manager: StaffActor, action: string, subjectId: string): Promise<string> {
    if (!manager.roles.some((r) => r === 'manager' || r === 'admin')) {
      throw new ForbiddenError('Only a manager can approve this', 'approval-required');
    }
    return new SignJWT({ tid: manager.tenantId, act: action, obj: subjectId, use: 'approval' })
      .setProtectedHeader({ alg: ALG })
      .setSubject(manager.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(this.clock.now())
      .setExpirationTime(this.expiresIn(this.approvalTtlSeconds))
      .sign(this.key);
  }

  /** Checks an approval token against what is being done, by whom; 403 when it does not fit. */
  async verifyApproval(
    token: string | undefined,
    expected: { tenantId: string; action: string; subjectId: string },
  ) {
    if (!token)
      throw new ForbiddenError(
        `${expected.action} needs a manager's approval`,
        'approval-required',
      );
    const claims = await this.claims(token, ['approval']);
    if (
      claims.tid !== expected.tenantId ||
      claims.act !== expected.action ||
      claims.obj !== expected.subjectId
    ) {
      throw new ForbiddenError(
        `The approval is not for ${expected.action} of this item`,
        'approval-required',
      );
    }
    return {
      managerId: String(claims.sub),
      action: expected.action,
      subjectId: expected.subjectId,
      approvedAt: new Date(Number(claims.iat) * 1000),
    } satisfies Approval;
  }

  private expiresIn(seconds: number): number {
    return Math.floor(this.clock.now().getTime() / 1000) + seconds;
  }

  private async claims(
    token: string,
    uses: ReadonlyArray<'staff' | 'storefront' | 'approval'>,
  ): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: [ALG],
        currentDate: this.clock.now(),
      });
      if (!uses.includes(payload.use as never))
        throw new UnauthenticatedError(`Not a ${uses.join(' or ')} token`, 'token-invalid');
      return payload;
    } catch (err) {
      if (err instanceof UnauthenticatedError) throw err;
      if (err instanceof errors.JWTExpired)
        throw new UnauthenticatedError('The token has expired', 'token-expired');
      throw new UnauthenticatedError('The token is not valid', 'token-invalid');
    }
  }
}
