// Which of our packages are built and export what the bench uses. The harness measures the
// baselines regardless, and marks our rows "not built" instead of timing an empty placeholder.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { packageDir } from './paths.mjs'

const expected = {
  '@openrouter-kit/client': ['createOpenRouterClient'],
  '@openrouter-kit/mock': ['createMockServer'],
  '@openrouter-kit/react': ['useApiKeys'],
  '@openrouter-kit/cli': [],
}

export async function readiness() {
  const ready = {}
  for (const [name, exports] of Object.entries(expected)) {
    try {
      const dir = packageDir(name)
      if (name === '@openrouter-kit/cli') {
        ready[name] = existsSync(join(dir, 'dist/bin.mjs'))
        continue
      }
      const module = await import(name)
      ready[name] = exports.every((key) => key in module)
    } catch {
      ready[name] = false
    }
  }
  return ready
}
