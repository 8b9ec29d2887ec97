export interface Fault {
  count: number;
  status: number;
  method?: string;
  path?: RegExp;
}

/** API calls to fail on purpose: the next N matching ones answer 5xx (Mollie having a bad day). */
export class Faults {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** The status to fail this call with, if a fault matches (and is used up by it). */
  take(method: string, path: string): number | undefined {
    const fault = this.faults.find(
      (f) =>
        f.count > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || f.path.test(path)),
    );
    if (!fault) return undefined;
    fault.count--;
    this.faults = this.faults.filter((f) => f.count > 0);
    return fault.status;
  }

  reset(): void {
    this.faults = [];
  }
}
