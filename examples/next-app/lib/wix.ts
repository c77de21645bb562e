import { currentCartV2 } from '@wix/ecom'
import { createClient, media, OAuthStrategy, type Tokens } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import { cookies } from 'next/headers'

/**
 * A Wix client for this request, acting for the visitor: their tokens live in the `session` cookie
 * (set when the visitor session is created, as in Wix's Next.js templates).
 */
export async function wixClient() {
  const session = (await cookies()).get('session')?.value
  const tokens = session === undefined ? undefined : (JSON.parse(session) as Tokens)
  return createClient({
    modules: { productsV3, currentCartV2 },
    auth: OAuthStrategy({ clientId: process.env['WIX_CLIENT_ID'] ?? '', ...(tokens && { tokens }) }),
  })
}

/** A media `src` from the view as an <img> URL: the SDK's `wix:image://` URIs through `media.getImageUrl`. */
export function imageSrc(src: string): string {
  return src.startsWith('wix:image://') ? media.getImageUrl(src).url : src
}
