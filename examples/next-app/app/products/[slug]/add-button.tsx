'use client'

import { useActionState } from 'react'
import type { ModifierView } from 'wix-catalog-reference'
import type { AddState } from './actions'

/**
 * The form around the bound server action: a field per modifier (a text field with its limit, or a
 * list of choices), the button, then the problems or that the line was added.
 */
export function AddButton({
  action,
  fields,
}: {
  action: (previous: AddState, form: FormData) => Promise<AddState>
  fields: readonly ModifierView[]
}) {
  const [state, formAction, pending] = useActionState(action, undefined)
  return (
    <form action={formAction}>
      {fields.map((field) => (
        <p key={field.id}>
          <label htmlFor={`modifier-${field.id}`}>{field.name}</label>
          {field.text ? (
            <input
              id={`modifier-${field.id}`}
              name={`modifier:${field.name}`}
              maxLength={field.text.maxLength}
              required={field.mandatory}
            />
          ) : (
            <select
              id={`modifier-${field.id}`}
              name={`modifier:${field.name}`}
              required={field.mandatory}
              defaultValue=""
            >
              <option value="">{field.mandatory ? 'Choose…' : 'None'}</option>
              {field.choices.map((choice) => (
                <option key={choice.id} value={choice.name}>
                  {choice.name}
                  {/[1-9]/.test(choice.addedPrice) && ` (+${choice.addedPrice})`}
                </option>
              ))}
            </select>
          )}
        </p>
      ))}
      <label>
        Quantity
        <input name="quantity" type="number" min={1} defaultValue={1} />
      </label>
      <button type="submit" disabled={pending}>
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
