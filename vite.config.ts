import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed bar: the quality bars play thousands of games, and these
    // machines are shared, so a busy run may take several times as long as a quiet one.
    testTimeout: 600_000,
  },
});
