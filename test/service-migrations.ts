/** Every service whose database the tests clone, with its migrations (from the build output). */
export const SERVICES = [
  'orders',
  'billing',
  'kitchen',
  'pos-adapter',
  'delivery-adapter',
  'console',
] as const;
export type ServiceName = (typeof SERVICES)[number];

export function migrationsOf(service: ServiceName): { entities: never[]; migrations: never[] } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`../services/${service}/dist/db/data-source.js`);
}
