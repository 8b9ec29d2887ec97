import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerQueues } from '@brigade/contracts';

/** The console drains the dead letters of the queues it knows: every service's must be among them. */
describe('the queues the console drains', () => {
  it('when a service subscribes to a queue, then the console knows it', () => {
    const services = join(__dirname, '..', '..', '..');
    const declared = readdirSync(services).flatMap((service) => {
      let source = '';
      try {
        source = readFileSync(
          join(services, service, 'src', 'consumers', 'subscriptions.ts'),
          'utf8',
        );
      } catch {
        return [];
      }
      return [...source.matchAll(/queue: '([\w.-]+)'/g)].map((m) => m[1]!);
    });

    expect(declared.length).toBeGreaterThan(5);
    expect([...consumerQueues].sort()).toEqual(expect.arrayContaining(declared));
  });
});
