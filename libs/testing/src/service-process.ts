import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';
import { waitUntil } from './wait-until';

/** A free TCP port on loopback (for child processes, which cannot report port 0 back). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export interface ServiceProcess {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, and wait for the exit (graceful shutdown). */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
}

export interface ServiceProcessOptions {
  timeoutMs?: number;
  /** Every output line is handed here too (for log files and consoles). */
  onLine?: (line: string) => void;
  /** Extra node flags, e.g. `--cpu-prof` for profiling. */
  nodeArgs?: string[];
  /** Ready once a line of its output matches, instead of its `/readyz` (a server on HTTPS). */
  readyLine?: RegExp;
}

/** Starts `node <script>` with `env`, and resolves once its `/readyz` answers 200. */
export async function startServiceProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  { timeoutMs = 30_000, onLine, nodeArgs = [], readyLine }: ServiceProcessOptions = {},
): Promise<ServiceProcess> {
  const port = Number(env.PORT) || (await freePort());
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A child never outlives whoever started it, even when that one exits on an error.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let out = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      out = `${out}${line}\n`.slice(-20_000);
      onLine?.(line);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit');
  try {
    await waitUntil(
      async () => {
        if (child.exitCode !== null)
          throw new Error(`${name} exited with ${child.exitCode}:\n${out}`);
        if (readyLine) return out.split('\n').some((line) => readyLine.test(line));
        return (await fetch(`${url}/readyz`)).ok;
      },
      { timeoutMs, intervalMs: 100, what: `${name} ready` },
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n--- ${name} output ---\n${out}`);
  }
  return {
    name,
    port,
    url,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      return code;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
