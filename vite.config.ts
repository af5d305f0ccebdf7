// Builds the Chrome extension into dist/ (scripts/build-firefox.mjs builds the same into dist-firefox/).
//
// The content script is built apart from crxjs, as one classic IIFE file: crxjs would load it
// through a dynamic import of chunks listed in web_accessible_resources, which lets any web page
// detect the extension by fetching those URLs. A self-contained script needs no such exposure.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig } from 'vite';
import type { Plugin } from 'vite';
import source from './manifest.json' with { type: 'json' };

const CONTENT_DIR = 'content';

type CrxManifest = Parameters<typeof crx>[0]['manifest'];
const { content_scripts: contentScripts, ...pagesAndWorker } = source;

/** After the crxjs build: bundle each content script into dist/content/ and declare it in the manifest. */
function bundleContentScripts(): Plugin {
  let outDir = 'dist';
  return {
    name: 'grain-of-salt:content-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const declared = [];
      for (const script of contentScripts) {
        const js: string[] = [];
        for (const entry of script.js) {
          const fileName = `${CONTENT_DIR}/${entry.replace(/^src\/content\//, '').replace(/\.ts$/, '.js')}`;
          await build({
            configFile: false,
            logLevel: 'warn',
            build: {
              outDir: outDir,
              emptyOutDir: false,
              target: 'es2022',
              minify: false,
              copyPublicDir: false,
              lib: { entry: resolve(entry), formats: ['iife'], name: 'grainOfSaltContent', fileName: () => fileName },
            },
          });
          js.push(fileName);
        }
        const css: string[] = [];
        for (const entry of script.css) {
          const fileName = `${CONTENT_DIR}/${entry.split('/').pop()}`;
          await mkdir(resolve(outDir, CONTENT_DIR), { recursive: true });
          await copyFile(resolve(entry), resolve(outDir, fileName));
          css.push(fileName);
        }
        declared.push({ ...script, js, css });
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.content_scripts = declared;
      await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: pagesAndWorker as CrxManifest }), bundleContentScripts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chromium and Firefox ESR both run modern JavaScript; no transpiling down.
    target: 'es2022',
    // Readable output helps store reviewers; the size difference is small for an extension.
    minify: false,
  },
});
