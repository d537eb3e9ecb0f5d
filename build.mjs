// Bundles every action entry and the CLI into dist/ (committed; CI checks it matches a fresh build).
// Code splitting keeps rarely needed parts (the config loader with zod and yaml, cloud SDKs) in
// chunks that load only when used, so an action starts almost as fast as bare node.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const banner = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";
const actions = readdirSync('actions').filter((name) => existsSync(`actions/${name}/src/index.ts`));

// Node builtins are loaded with require(), not import: an ESM import of node:http builds its
// facade by reading every export, which loads undici (~12 ms of a cold start) for nothing.
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.namespace === 'builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

// @actions/core imports its OIDC client, and with it @actions/http-client and undici (~730 KB), at
// start; we never ask for an ID token at start-up. The client is swapped for one that loads the real
// module (in its own chunk) the first time getIDToken is called.
const lazyOidc = {
  name: 'lazy-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'oidc-utils.js'), namespace: 'lazy-oidc' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      contents: `export const OidcClient = { getIDToken: async (audience) => (await import(${JSON.stringify(args.path)})).OidcClient.getIDToken(audience) };`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: [
    ...actions.map((name) => ({ in: `actions/${name}/src/index.ts`, out: `${name}/index` })),
    { in: 'packages/cli/src/index.ts', out: 'cli/index' },
  ],
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  banner: { js: banner },
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
  charset: 'utf8',
  plugins: [builtinsViaRequire, lazyOidc],
});
