// Generates packages/client/src/generated/operations.ts: one standalone function per operation,
// `listApiKeys(core, params, options)`, `createApiKey(core, body, options)`,
// `updateApiKey(core, { hash }, patch, options)`, ... Each is a one-line call of the hand-written
// `call` with the operation's descriptor, so a bundle that imports one function carries only
// that operation (the hey-api and openai-node shape).
import { docText, JSON_MEDIA, listOperations, pascal } from './document.mjs'

export function renderFunctions(document, banner) {
  const typeNames = new Set()
  const blocks = []
  for (const { id, method, path, operation, parameters, requestBody } of listOperations(document)) {
    const hasParams = parameters.length > 0
    const paramsRequired = parameters.some((parameter) => parameter.required)
    const hasBody = Boolean(requestBody?.content?.[JSON_MEDIA])
    const response = `${pascal(id)}Response`
    typeNames.add(response)
    const signature = ['core: ClientCore']
    const input = []
    if (hasParams) {
      typeNames.add(`${pascal(id)}Params`)
      signature.push(`params${paramsRequired ? '' : '?'}: ${pascal(id)}Params`)
      input.push('params')
    }
    if (hasBody) {
      typeNames.add(`${pascal(id)}Request`)
      signature.push(`body: ${pascal(id)}Request`)
      input.push('body')
    }
    signature.push('options?: RequestOptions')
    const description = docText(operation.description)
    blocks.push(
      [
        `/**`,
        ` * ${docText(operation.summary)} (\`${method} ${path}\`).${description ? ` ${description}` : ''}`,
        ` */`,
        `export function ${id}(${signature.join(', ')}): Promise<${response}> {`,
        `  return call<${response}>(core, descriptors.${id}, ${input.length ? `{ ${input.join(', ')} }` : '{}'}, options)`,
        `}`,
      ].join('\n'),
    )
  }
  return `${banner}import type { ${[...typeNames].sort().join(', ')} } from '@openrouter-kit/types'
import * as descriptors from '@openrouter-kit/types/operations'
import { call } from '../core/call'
import type { ClientCore } from '../core/client-core'
import type { RequestOptions } from '../core/options'

${blocks.join('\n\n')}
`
}
