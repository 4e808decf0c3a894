/**
 * A limit input's text as the API's `limit`: empty means no limit (null). Anything else becomes a
 * number as typed; the client checks it (a negative or non-numeric limit is an
 * InvalidRequestError naming the value, before any request).
 */
export function limitFromInput(text: string): number | null {
  return text.trim() === '' ? null : Number(text)
}

interface LimitInputProps {
  /** The text typed so far; empty means no limit. */
  value: string
  onChange: (value: string) => void
}

/** A spending limit in US dollars, cents allowed, never negative; empty for none. */
export function LimitInput({ value, onChange }: LimitInputProps) {
  return (
    <label>
      Spending limit (USD, empty for none){' '}
      <input
        type="number"
        min={0}
        step="0.01"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  )
}
