export * from './printer';
export type { Receipt } from './escpos-decoder';
