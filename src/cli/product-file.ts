import { UsageError } from './args.js'

/** Reads a file as UTF-8 (`-` is stdin). */
export type ReadFile = (path: string) => Promise<string>

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'it is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    default: {
      const message = error instanceof Error ? error.message : String(error)
      return message.split('\n')[0] ?? message
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The product in a JSON file, in any shape Wix returns it: SDK (`_id`), REST (`id`) or Velo, also
 * wrapped as `{ "product": … }` (REST `getProduct`). Does not check the product itself: the
 * builders report what is wrong with it as issues.
 * @throws {UsageError} when the file cannot be read or is not JSON, or holds a list of products.
 */
export async function readProductFile(path: string, readFile: ReadFile): Promise<unknown> {
  const name = path === '-' ? 'stdin' : path
  let text: string
  try {
    text = await readFile(path)
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${reason(error)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ') : 'parse error'
    throw new UsageError(`${name} is not valid JSON: ${detail}`)
  }
  if (isObject(json) && Array.isArray(json['products']) && !('id' in json) && !('_id' in json)) {
    throw new UsageError(`${name} holds a list of products (products[]): save one product, e.g. with jq '.products[0]'`)
  }
  if (Array.isArray(json)) {
    throw new UsageError(`${name} holds an array: save one product object, e.g. with jq '.[0]'`)
  }
  if (isObject(json) && isObject(json['product']) && !('id' in json) && !('_id' in json)) return json['product']
  return json
}
