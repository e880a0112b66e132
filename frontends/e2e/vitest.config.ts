import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // The stack and the frontends' build (cold, on a 2-core machine) start once, here, for every file.
    globalSetup: ['./src/global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
    // One browser session at a time against the one stack.
    fileParallelism: false,
  },
});
