import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

interface Link {
  client: Socket;
  upstream: Socket;
  /** Bytes held while silent, per direction, in order. */
  held: { toUpstream: Buffer[]; toClient: Buffer[] };
}

/**
 * A TCP proxy whose links can go silent: `silence()` holds every byte either way (the
 * sockets stay open, as with a stalled network or a hung broker) until `resume()` delivers
 * them in order; `cut()` drops every link instead. TcpProxy of @brigade/testing only cuts.
 */
export class SilenceableProxy {
  private readonly links = new Set<Link>();
  private silent = false;

  private constructor(private readonly server: Server) {}

  static async start(target: string): Promise<SilenceableProxy> {
    const { hostname, port } = new URL(target);
    const server = createServer();
    const proxy = new SilenceableProxy(server);
    server.on('connection', (client) => proxy.link(client, hostname, Number(port || 5672)));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  proxied(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String((this.server.address() as AddressInfo).port);
    return u.toString();
  }

  private link(client: Socket, host: string, port: number): void {
    const upstream = connect(port, host);
    const link: Link = { client, upstream, held: { toUpstream: [], toClient: [] } };
    this.links.add(link);
    const forward = (to: Socket, held: Buffer[]) => (chunk: Buffer) => {
      if (this.silent) held.push(chunk);
      else to.write(chunk);
    };
    client.on('data', forward(upstream, link.held.toUpstream));
    upstream.on('data', forward(client, link.held.toClient));
    for (const s of [client, upstream]) {
      s.on('error', () => undefined);
      s.on('close', () => {
        this.links.delete(link);
        client.destroy();
        upstream.destroy();
      });
    }
  }

  silence(): void {
    this.silent = true;
  }

  resume(): void {
    this.silent = false;
    for (const { client, upstream, held } of this.links) {
      for (const chunk of held.toUpstream.splice(0)) upstream.write(chunk);
      for (const chunk of held.toClient.splice(0)) client.write(chunk);
    }
  }

  /** Drops every link, and whatever it held; new links pass again. */
  cut(): void {
    this.silent = false;
    for (const { client, upstream } of this.links) {
      client.destroy();
      upstream.destroy();
    }
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
