// Which operation a proxied request is for. The proxy is mounted somewhere in the app
// (`/api/openrouter/...`), so a path matches a template when its last segments do: `/keys/{hash}`
// matches `/api/openrouter/keys/abc`, with `hash` = `abc`.
import type { OperationDescriptor } from '@openrouter-kit/types/operations'

export interface RouteMatch {
  /** Operations whose path template matches, whatever their method. */
  candidates: OperationDescriptor[]
  /** Path parameter text by name (still percent-encoded), from the first candidate. */
  pathText: Record<string, string>
}

const segmentsOf = (path: string) => path.split('/').filter((segment) => segment !== '')

function matchTemplate(
  template: string,
  pathSegments: string[],
): Record<string, string> | undefined {
  const templateSegments = segmentsOf(template)
  if (templateSegments.length > pathSegments.length) return undefined
  const tail = pathSegments.slice(pathSegments.length - templateSegments.length)
  const values: Record<string, string> = {}
  for (const [index, segment] of templateSegments.entries()) {
    const parameter = /^\{(.+)\}$/.exec(segment)?.[1]
    if (parameter !== undefined) values[parameter] = tail[index] as string
    else if (segment !== tail[index]) return undefined
  }
  return values
}

/**
 * The operations whose template matches the end of `pathname`. Where two templates match
 * (`/keys` and `/keys/{hash}` cannot, but a mount path could end in a literal), the one with
 * more literal segments wins.
 */
export function matchRoute(
  pathname: string,
  operations: readonly OperationDescriptor[],
): RouteMatch {
  const pathSegments = segmentsOf(pathname)
  const literalCount = (template: string) =>
    segmentsOf(template).filter((segment) => !segment.startsWith('{')).length
  let best: RouteMatch = { candidates: [], pathText: {} }
  let bestScore = -1
  for (const operation of operations) {
    const values = matchTemplate(operation.path, pathSegments)
    if (!values) continue
    const score = segmentsOf(operation.path).length * 100 + literalCount(operation.path)
    if (score > bestScore) {
      best = { candidates: [operation], pathText: values }
      bestScore = score
    } else if (score === bestScore) {
      best.candidates.push(operation)
    }
  }
  return best
}
