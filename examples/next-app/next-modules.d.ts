/*
 * Just enough of Next.js's own modules for this example to type-check without installing `next`
 * (its install adds about 330 MB and minutes to `npm ci`; see CHANGELOG). In a Next.js app these
 * modules exist already: do not copy this file. The signatures are Next.js 15/16's.
 */
declare module 'next/headers' {
  interface RequestCookie {
    name: string
    value: string
  }
  interface ReadonlyRequestCookies {
    get(name: string): RequestCookie | undefined
  }
  export function cookies(): Promise<ReadonlyRequestCookies>
}

declare module 'next/cache' {
  export function revalidatePath(path: string, type?: 'layout' | 'page'): void
}
