export * from './errors';
export * from './config';
export * from './context';
export * from './logger';
export * from './clock';
export { newId } from '@brigade/contracts';
export * from './auth';
