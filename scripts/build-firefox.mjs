#!/usr/bin/env node
// `npm run build:firefox`: the same extension built into dist-firefox/, with the manifest Firefox
// wants. Firefox runs MV3 backgrounds as event pages (background.scripts), not service workers,
// and needs an add-on id and the first version with the CSS Custom Highlight API (140).
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

const OUT_DIR = 'dist-firefox';
const GECKO = {
  id: 'grain-of-salt@grain-of-salt.app',
  strict_min_version: '140.0',
  // Declares that the add-on collects and transmits nothing.
  data_collection_permissions: { required: ['none'] },
};

await build({ configFile: resolve('vite.config.ts'), build: { outDir: OUT_DIR }, logLevel: 'warn' });

const manifestPath = resolve(OUT_DIR, 'manifest.json');
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
const { service_worker: worker, ...background } = manifest.background ?? {};
if (!worker) throw new Error('build-firefox: the Chrome build has no background.service_worker to convert');
manifest.background = { ...background, scripts: [worker] };
// Firefox for Android reads data_collection_permissions only from 142 on.
manifest.browser_specific_settings = { gecko: GECKO, gecko_android: { strict_min_version: '142.0' } };
await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
console.log(`build-firefox: ${OUT_DIR}/ ready`);
