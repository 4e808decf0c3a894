// The one error body shape OpenRouter uses for every status: {"error":{"code":N,"message":"..."}}.

const STANDARD_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Missing Authentication header',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  429: 'Rate limit exceeded',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export function standardMessage(status: number): string {
  return STANDARD_MESSAGES[status] ?? `HTTP ${status}`
}

export function errorBody(status: number, message = standardMessage(status)): string {
  return JSON.stringify({ error: { code: status, message } })
}

export function errorResponse(
  status: number,
  message?: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(errorBody(status, message), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
}
