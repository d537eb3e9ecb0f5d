// Bundles every action entry and the CLI into dist/ (committed; CI checks it matches a fresh build).
// Code splitting keeps rarely needed parts (the config loader with zod and yaml, cloud SDKs) in
// chunks that load only when used, so an action starts almost as fast as bare node.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST_HASH_FILE, sourcesHash } from './scripts/dist-hash.ts';

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
    // Only core's own import is swapped; the stub's import of the same path resolves to the real file.
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.namespace === 'file' && /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'oidc-utils.js'), namespace: 'lazy-oidc' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      contents: "export const OidcClient = { getIDToken: async (audience) => (await import('./oidc-utils.js')).OidcClient.getIDToken(audience) };",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
const result = await build({
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
  // google-gax reads __dirname when it loads (for its .proto directory, unused over REST).
  define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
  charset: 'utf8',
  plugins: [builtinsViaRequire, lazyOidc],
  metafile: true,
});
writeFileSync(DIST_HASH_FILE, `${sourcesHash('.')}\n`);
writeFileSync('dist/licenses.txt', licences(result.metafile));

/**
 * The name, version and licence text of every npm package with code in any bundle, sorted, so
 * that the file is the same on every build.
 */
function licences(metafile) {
  const roots = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = bytesInOutput > 0 && /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file.replace(/^[a-z-]+:/, ''));
      if (match) roots.add(match[1]);
    }
  }
  const entries = [...roots].map((root) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).sort().find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = file ? readFileSync(join(root, file), 'utf8').trim() : `${pkg.license ?? 'UNKNOWN'} (the package ships no licence file)`;
    return { id: `${pkg.name}@${pkg.version}`, license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN'), text };
  });
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const header = `Third-party software bundled into dist/ (${unique.length} packages), with each package's licence.\n`;
  return `${header}${unique.map((e) => `\n${'='.repeat(72)}\n${e.id} (${e.license})\n${'='.repeat(72)}\n\n${e.text}\n`).join('')}`;
}
