import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { DisplayName, LocationIds } from './fields';

/** A storefront API key as listed: never the secret, only its first characters. */
export const ApiKeyResponse = z
  .object({
    id: Id,
    name: z.string(),
    /** The key's first characters (`bk_` and 7 more), to tell keys apart; null for older keys. */
    prefix: z.string().nullable(),
    locationIds: z.array(Id),
    channel: Channel,
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKeyResponse = z.infer<typeof ApiKeyResponse>;

export const CreateApiKeyRequest = z
  .object({
    name: DisplayName,
    /** Locations of the tenant the storefront may order for. */
    locationIds: LocationIds,
    /** Orders placed with the key come from this channel. */
    channel: Channel,
  })
  .meta({ id: 'CreateApiKeyRequest' });
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

/** The new key with its secret, shown this once: only a hash is stored. */
export const CreatedApiKeyResponse = ApiKeyResponse.extend({
  /** Send as `X-Api-Key`; it cannot be read again. */
  key: z.string(),
}).meta({ id: 'CreatedApiKey' });
export type CreatedApiKeyResponse = z.infer<typeof CreatedApiKeyResponse>;

const whoManagesKeys = 'admin, or a manager for keys of their own locations';

export const createApiKeyRoute = defineRoute({
  method: 'post',
  path: '/v1/api-keys',
  summary: `Issue a storefront API key (${whoManagesKeys}); the secret is in this answer only`,
  tag: 'management',
  request: { body: CreateApiKeyRequest },
  response: { status: 201, description: 'The key and its secret', body: CreatedApiKeyResponse },
  problems: ['unknown-location'],
});

export const listApiKeysRoute = defineRoute({
  method: 'get',
  path: '/v1/api-keys',
  summary: `List storefront API keys, revoked ones too, oldest first (${whoManagesKeys})`,
  tag: 'management',
  request: { query: PageQuery },
  response: {
    status: 200,
    description: 'One page of keys',
    body: pageOf(ApiKeyResponse, 'ApiKeyPage'),
  },
  problems: [],
});

export const revokeApiKeyRoute = defineRoute({
  method: 'delete',
  path: '/v1/api-keys/:apiKeyId',
  summary: `Revoke a storefront API key (${whoManagesKeys}). Each instance remembers a resolved key for up to 30 s, so it may keep working that long`,
  tag: 'management',
  request: { params: z.object({ apiKeyId: Id }) },
  response: { status: 200, description: 'The key, revoked', body: ApiKeyResponse },
  problems: [],
});
