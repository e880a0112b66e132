import { defineConfig } from 'vitest/config';

// Component tests run without the federation plugin: they render the exposed components directly.
export default defineConfig({ test: { environment: 'jsdom', setupFiles: ['./test/setup.ts'], testTimeout: 30_000 } });
