import net from 'node:net';
import tls from 'node:tls';

export interface TlsTestServer {
  port: number;
  /** Completed handshakes. */
  handshakes(): number;
  /** Serves another certificate from now on, as a renewal does. */
  renew(cert: { key: string; cert: string }): void;
  close(): Promise<void>;
}

export interface TlsServerOptions {
  key: string;
  /** PEM: the leaf, optionally followed by the intermediates to send. */
  cert: string;
  minVersion?: tls.SecureVersion;
  maxVersion?: tls.SecureVersion;
  /** Certificates per SNI name; `key`/`cert` answer any other name. */
  sni?: Record<string, { key: string; cert: string }>;
}

/**
 * A TLS server on 127.0.0.1 that completes the handshake and hangs up. Security level 0 lets it
 * serve what a careless real server might: RSA-1024 keys, SHA-1 signatures, TLS 1.0.
 */
export async function startTlsServer(options: TlsServerOptions): Promise<TlsTestServer> {
  const context = (c: { key: string; cert: string }): tls.SecureContext => tls.createSecureContext({ ...c, ciphers: 'DEFAULT@SECLEVEL=0', minVersion: 'TLSv1' });
  const byName = new Map(Object.entries(options.sni ?? {}).map(([name, c]) => [name, context(c)]));
  let handshakes = 0;
  const server = tls.createServer({
    key: options.key,
    cert: options.cert,
    ciphers: 'DEFAULT@SECLEVEL=0',
    minVersion: options.minVersion ?? 'TLSv1',
    ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
    SNICallback: (name, done) => done(null, byName.get(name)),
  });
  server.on('secureConnection', (socket) => {
    handshakes++;
    socket.end();
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    handshakes: () => handshakes,
    renew: (c) => server.setSecureContext({ ...c, ciphers: 'DEFAULT@SECLEVEL=0' }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Accepts TCP connections on 127.0.0.1 and never says a word: a hung TLS endpoint. */
export async function startSilentServer(): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
