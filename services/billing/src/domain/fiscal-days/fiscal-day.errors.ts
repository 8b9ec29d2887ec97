import { ConflictError } from '@brigade/core';

export const fiscalDayOpen = () =>
  new ConflictError('fiscal-day-open', 'A fiscal day is open at this location; close it first');

export const fiscalDayClosed = () =>
  new ConflictError('fiscal-day-closed', 'The fiscal day is closed');

export const registerSessionsOpen = (count: number) =>
  new ConflictError(
    'register-sessions-open',
    `${count} register session(s) of the location are open; close them before the day`,
  );
