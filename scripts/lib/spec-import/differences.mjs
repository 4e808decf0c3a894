// What `spec:import --check` prints when spec/openapi.yaml is not what the import makes: the
// places where the two documents differ, as JSON pointers, and which recorded input changed.
import { load } from 'js-yaml'
import { isObject } from './json.mjs'
import { canonicalJson } from './shape.mjs'

const MAX_LISTED = 15

function compare(before, after, pointer, out) {
  if (canonicalJson(before) === canonicalJson(after)) return
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const next = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`
      if (!(key in after)) out.push(`${next}: only in the committed file`)
      else if (!(key in before)) out.push(`${next}: only in the import's output`)
      else compare(before[key], after[key], next, out)
    }
    return
  }
  // Lists of the same length (parameters, enums, tags) are compared item by item, so that the
  // pointer names the parameter that changed rather than the whole list.
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let index = 0; index < before.length; index++) {
      compare(before[index], after[index], `${pointer}/${index}`, out)
    }
    return
  }
  out.push(
    `${pointer || '/'}: ${JSON.stringify(before)?.slice(0, 60)} -> ${JSON.stringify(after)?.slice(0, 60)}`,
  )
}

/** Human-readable lines saying how `committedText` differs from `expectedText`. */
export function describeDifferences(committedText, expectedText) {
  const lines = []
  const recorded = (text) => text.split('\n').filter((line) => line.startsWith('#   '))
  const committedInputs = recorded(committedText)
  for (const line of recorded(expectedText)) {
    if (!committedInputs.includes(line)) lines.push(`input changed: ${line.slice(4)}`)
  }
  let committed
  try {
    committed = load(committedText)
  } catch (error) {
    return [...lines, `the committed file is not valid YAML: ${error.message.split('\n')[0]}`]
  }
  const differences = []
  compare(committed, load(expectedText), '', differences)
  lines.push(...differences.slice(0, MAX_LISTED))
  if (differences.length > MAX_LISTED) lines.push(`... and ${differences.length - MAX_LISTED} more`)
  if (differences.length === 0 && lines.length === 0) lines.push('formatting or comments differ')
  return lines
}
