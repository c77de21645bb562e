'use client'

import { useActionState } from 'react'
import type { AddState } from './actions'

/** The form around the bound server action: shows the problems, or that the line was added. */
export function AddButton({
  action,
  disabled,
}: {
  action: (previous: AddState, form: FormData) => Promise<AddState>
  disabled: boolean
}) {
  const [state, formAction, pending] = useActionState(action, undefined)
  return (
    <form action={formAction}>
      <button type="submit" disabled={disabled || pending}>
        {pending ? 'Adding…' : 'Add to cart'}
      </button>
      {state?.ok === true && <p role="status">Added to your cart.</p>}
      {state?.ok === false && (
        <ul role="alert">
          {state.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </form>
  )
}
