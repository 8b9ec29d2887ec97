import { ConflictError, RuleViolationError } from '@brigade/core';

export const registerNameTaken = (name: string) =>
  new ConflictError('register-name-taken', `The location has a register named ${name}`);

export const registerSessionOpen = () =>
  new ConflictError('register-session-open', 'The register has an open session; close it first');

export const registerSessionClosed = () =>
  new ConflictError('register-session-closed', 'The register session is closed');

export const registerSessionNotOpen = () =>
  new ConflictError('register-session-not-open', 'The register has no open session');

export const registerSessionRequired = () =>
  new ConflictError(
    'register-session-required',
    'This location takes cash and card only on an open register session',
  );

export const registerRequired = (count: number) =>
  new RuleViolationError(
    'register-required',
    `${count} register sessions are open; name the register`,
    [{ field: 'registerId', message: 'required while several registers are open' }],
  );

export const denominationsMismatch = (field: string, sum: number, amount: number) =>
  new RuleViolationError(
    'denominations-mismatch',
    `The denominations add up to ${sum}, not ${amount}`,
    [{ field: 'denominations', message: `must add up to ${field} (${amount})` }],
  );
