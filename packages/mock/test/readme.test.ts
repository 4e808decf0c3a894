// The README's vitest example must be the file that runs here (readme-example.test.ts), verbatim.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

it('README embeds readme-example.test.ts verbatim', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const example = readFileSync(new URL('./readme-example.test.ts', import.meta.url), 'utf8')
  expect(readme).toContain(`\`\`\`ts\n${example.trimEnd()}\n\`\`\``)
})
