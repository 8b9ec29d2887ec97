export interface PrinterAddress {
  host: string;
  port: number;
}
