import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster in a temp directory, on 127.0.0.1, trusting local connections. */
export interface TestPostgres {
  port: number;
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres` */
  url: string;
  /** Runs psql as the superuser against `database` and returns its output. */
  psql(database: string, sql: string): string;
  /** Runs pg_dump against `database` with `args` (e.g. `-Fc -f file`). */
  pgDump(database: string, args: readonly string[]): void;
  stop(): void;
}

export const PG_PASSWORD = 'pg-s3cret-Zq9';

/** Debian's versioned server binaries; `pg_config --bindir` elsewhere. */
export function postgresBin(): string {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const version = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))[0];
    if (version) return join(debian, version, 'bin');
  }
  const bin = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (bin.status === 0 && existsSync(join(bin.stdout.trim(), 'initdb'))) return bin.stdout.trim();
  throw new Error('PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** initdb and pg_ctl refuse to run as root: as root, they run as the postgres user. */
function asServerUser(command: string, args: readonly string[]): void {
  const root = process.getuid?.() === 0;
  execFileSync(root ? 'runuser' : command, root ? ['-u', 'postgres', '--', command, ...args] : [...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'runbook-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), 0);
  const data = join(dir, 'data');
  const pwfile = join(dir, 'data.pw');
  asServerUser('sh', ['-c', `printf %s '${PG_PASSWORD}' > '${pwfile}'`]);
  asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'scram-sha-256', '--pwfile', pwfile, '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start']);
  const env = { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'postgres', PGPASSWORD: PG_PASSWORD };
  return {
    port,
    url: `postgres://postgres:${PG_PASSWORD}@127.0.0.1:${port}/postgres`,
    psql: (database, sql) => execFileSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', database, '-c', sql], { env, encoding: 'utf8' }),
    pgDump: (database, args) => void execFileSync('pg_dump', ['-d', database, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] }),
    stop() {
      try {
        asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
