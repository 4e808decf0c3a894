// Shared vitest settings: every package writes a JSON report that scripts/test.mjs sums into
// one closing "N passed, N failed" line.
/** @param {import('vitest/config').UserConfig['test']} overrides */
export function packageTestConfig(overrides = {}) {
  return {
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      typecheck: { include: ['src/**/*.test-d.{ts,tsx}', 'test/**/*.test-d.{ts,tsx}'] },
      reporters: ['default', ['json', { outputFile: '.vitest/report.json' }]],
      ...overrides,
    },
  }
}
