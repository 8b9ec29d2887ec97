/**
 * Names of everything Brigade declares on the broker. A prefix keeps test runs (and
 * anything else sharing one vhost) apart.
 */
export class TopologyNames {
  constructor(readonly prefix = '') {}
  /** The one durable topic exchange for domain events; routing key = event type. */
  get events(): string {
    return `${this.prefix}brigade.events`;
  }
  /** Direct exchange that routes dead letters to `<queue>.dlq` by the queue's name. */
  get deadLetters(): string {
    return `${this.prefix}brigade.dead-letters`;
  }
  queue(name: string): string {
    return `${this.prefix}${name}`;
  }
  dlq(queue: string): string {
    return `${this.queue(queue)}.dlq`;
  }
  retry(queue: string, step: number): string {
    return `${this.queue(queue)}.retry-${step}`;
  }
}
