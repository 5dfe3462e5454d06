/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';

// Relative base so the build works from any folder (an article's CMS, a static host, file-less preview).
// The benchmark builds the viewer a second time on a synthetic data set ten times larger: GEODATA_DIR points the
// data imports (places, passages, control, events) at its folder. Unset, the real geodata/ is used.
const geodataDir = process.env.GEODATA_DIR;

export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: geodataDir ? { alias: [{ find: /^(\.\.\/)+geodata\/(places|passages|sources|events|routes|control|derived)/, replacement: `${geodataDir}/$2` }] } : {},
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // GeoJSON always as files of its own: MapLibre's worker fetches them from the page's origin.
    assetsInlineLimit: (file: string) => (file.endsWith('.geojson') ? false : undefined),
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine one, every file in turn. The tests
    // are CPU-bound (the validator's 103 corruptions alone took 78 s) and the main process waits, so one per core.
    maxWorkers: availableParallelism(),
  },
});
