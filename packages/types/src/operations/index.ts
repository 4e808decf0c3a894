// `@openrouter-kit/types/operations`: the generated operation descriptors and the codecs they
// use. Runtime code, but small and tree-shakeable: a bundle keeps only what it imports.
export * from '../generated/operations'
export * from './codecs'
export type { EnvelopeField, HttpMethod, OperationDescriptor } from './descriptor'
