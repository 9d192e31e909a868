import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
