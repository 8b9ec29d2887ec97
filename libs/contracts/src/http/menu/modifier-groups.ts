import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { MenuName } from './fields';

const whoEdits = 'manager or admin of every location';

export const ModifierOptionResponse = z
  .object({
    id: Id,
    name: z.string(),
    /** Added to the unit price; negative for "without" or a smaller portion. */
    priceDeltaMinor: z.number().int(),
    available: z.boolean(),
  })
  .meta({ id: 'ModifierOption' });

/** A choice offered with products ("Beilage": pick exactly one; "Extras": up to three). */
export const ModifierGroupResponse = z
  .object({
    id: Id,
    name: z.string(),
    minSelect: z.number().int(),
    maxSelect: z.number().int(),
    options: z.array(ModifierOptionResponse),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ModifierGroup' });
export type ModifierGroupResponse = z.infer<typeof ModifierGroupResponse>;

/** An option as sent: with the `id` of one of the group's options to keep it, without to add one. */
const OptionInput = z.object({
  id: Id.optional(),
  name: MenuName,
  priceDeltaMinor: z.number().int().min(-1_000_000).max(1_000_000).default(0),
  available: z.boolean().default(true),
});

const fields = {
  name: MenuName,
  /** 0: optional. */
  minSelect: z.number().int().min(0).max(50),
  maxSelect: z.number().int().min(1).max(50),
  /** The whole list, in order: options left out are removed. */
  options: z.array(OptionInput).min(1).max(50),
};

/** `minSelect` ≤ `maxSelect`, and no more required than there are options: checked by the service. */
export const CreateModifierGroupRequest = z
  .object({
    ...fields,
    minSelect: fields.minSelect.default(0),
    maxSelect: fields.maxSelect.default(1),
  })
  .meta({ id: 'CreateModifierGroupRequest' });
export type CreateModifierGroupRequest = z.infer<typeof CreateModifierGroupRequest>;

/** Only what is sent changes; `options` replaces the list (keep an option by sending its id). */
export const UpdateModifierGroupRequest = z
  .object(fields)
  .partial()
  .meta({ id: 'UpdateModifierGroupRequest' });
export type UpdateModifierGroupRequest = z.infer<typeof UpdateModifierGroupRequest>;

const GroupParams = z.object({ groupId: Id });

export const listModifierGroupsRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/modifier-groups',
  summary: 'List the modifier groups of the tenant, oldest first (staff)',
  tag: 'menu',
  request: { query: PageQuery },
  response: {
    status: 200,
    description: 'One page of modifier groups',
    body: pageOf(ModifierGroupResponse, 'ModifierGroupPage'),
  },
  problems: [],
});

export const createModifierGroupRoute = defineRoute({
  method: 'post',
  path: '/v1/menu/modifier-groups',
  summary: `Add a modifier group with its options (${whoEdits})`,
  tag: 'menu',
  request: { body: CreateModifierGroupRequest },
  response: { status: 201, description: 'The new modifier group', body: ModifierGroupResponse },
  problems: ['modifier-group-invalid'],
});

export const getModifierGroupRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/modifier-groups/:groupId',
  summary: 'Read one modifier group with its options (staff)',
  tag: 'menu',
  request: { params: GroupParams },
  response: { status: 200, description: 'The modifier group', body: ModifierGroupResponse },
  problems: [],
});

export const updateModifierGroupRoute = defineRoute({
  method: 'patch',
  path: '/v1/menu/modifier-groups/:groupId',
  summary: `Change a modifier group or its options (${whoEdits})`,
  tag: 'menu',
  request: { params: GroupParams, body: UpdateModifierGroupRequest },
  response: {
    status: 200,
    description: 'The modifier group as changed',
    body: ModifierGroupResponse,
  },
  problems: ['modifier-group-invalid', 'reference-not-found'],
});

export const deleteModifierGroupRoute = defineRoute({
  method: 'delete',
  path: '/v1/menu/modifier-groups/:groupId',
  summary: `Delete a modifier group; products stop offering it (${whoEdits})`,
  tag: 'menu',
  request: { params: GroupParams },
  response: {
    status: 200,
    description: 'The modifier group, deleted',
    body: ModifierGroupResponse,
  },
  problems: [],
});
