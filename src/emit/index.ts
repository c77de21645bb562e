import type { Resolved } from '../engine/resolve.js'
import type { StoresCatalogReference } from '../reference.js'
import { emitV1 } from './v1.js'
import { emitV3 } from './v3.js'

/** The reference of a resolved selection that has no issues, in the shape of its catalog version. */
export function emitReference(resolved: Resolved): StoresCatalogReference {
  return resolved.model.version === 'V3' ? emitV3(resolved) : emitV1(resolved)
}
