// Logging and secret redaction. The API key is replaced by *** in everything we log or put in an
// error message, including text the server echoes back.

/** Any object with some of console's methods, e.g. `console` or a pino logger. */
export type Logger = Partial<
  Record<'debug' | 'info' | 'warn' | 'error', (message: string, ...data: unknown[]) => void>
>

/** `text` with every occurrence of `key` replaced by `***`. */
export const redact = (text: string, key?: string): string =>
  key ? text.split(key).join('***') : text
