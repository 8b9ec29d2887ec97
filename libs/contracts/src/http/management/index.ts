// Route contracts of the management area (tenants, locations, API keys, staff, approvals),
// one file per resource, re-exported here.
export * from './tenants';
export * from './locations';
export * from './api-keys';
export * from './staff-users';
export * from './approvals';
export { StaffRole } from './fields';
