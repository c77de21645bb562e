/*
 * One call to Wix, made once, and how long it is waited for. Everything that can refuse the call
 * (an aborted signal, a signal that cannot be listened to) happens before it; the signal is listened
 * to and the timer set before it starts, so an abort at any time during the call is noticed. After
 * the call, nothing here turns an add that Wix may have made into a "nothing was sent" error:
 * removing the listener cannot fail the call (docs/ecom.md, "Stop waiting").
 */
import { callFailure, MAYBE_SENT, WixRequestError } from './request-error.js'

/** How long to wait for the answer: an `AbortSignal` and/or a timeout in milliseconds. */
export interface CallLimits {
  readonly signal: AbortSignal | undefined
  readonly timeoutMs: number | undefined
}

/** One call: the names its messages use, and the call itself. */
export interface WixCall {
  /** The wrapper's name, for messages about its options (`'addToCurrentCart'`). */
  readonly wrapper: string
  /** The call, as `module.method` (`'currentCart.addToCurrentCart'`). */
  readonly operation: string
  /** The module's name in `@wix/ecom` (`'currentCart'`). */
  readonly moduleName: string
  /** Calls the module method with the prepared arguments. */
  readonly invoke: () => unknown
}

function stopped(operation: string, code: 'ABORTED' | 'TIMEOUT', detail: string, cause: unknown): WixRequestError {
  return new WixRequestError({
    operation,
    status: undefined,
    code,
    requestId: undefined,
    fieldViolations: [],
    detail,
    cause,
  })
}

/** `signal.reason`, or `undefined` when reading it throws (an abort still stops the wait). */
function reasonOf(signal: AbortSignal): unknown {
  try {
    return signal.reason
  } catch {
    return undefined
  }
}

/** The wait for one call: set up before the call, released after it. */
interface Wait {
  /** Rejects when the signal aborts or the timeout runs out; never resolves. */
  readonly stop: Promise<never>
  /** The abort or timeout that stopped the wait, if any. */
  stoppedBy(): WixRequestError | undefined
  /** The call starts: from now on an abort may come after Wix got the request, and its message says so. */
  markCalling(): void
  /** Stops the wait when the signal says it is aborted although no event came (a signal that does not dispatch). */
  noticeAbort(): void
  /** Removes the listener and clears the timer; never throws. */
  release(): void
}

/**
 * Listens to the signal and sets the timer, before the call. A signal that is already aborted stops
 * the wait at once; a signal that cannot be read or listened to is a `TypeError` (nothing was sent).
 */
function startWait(call: WixCall, limits: CallLimits): Wait {
  const { signal, timeoutMs } = limits
  let calling = false
  let stoppedBy: WixRequestError | undefined
  let reject: (error: WixRequestError) => void = () => undefined
  const stop = new Promise<never>((_, rejectStop) => {
    reject = rejectStop
  })
  // the wait may stop while nothing awaits it yet (during the call's synchronous part)
  stop.catch(() => undefined)
  const end = (error: WixRequestError): void => {
    if (stoppedBy !== undefined) return
    stoppedBy = error
    reject(error)
  }
  const onAbort = (): void => end(abortError(call.operation, calling, signal))
  if (signal !== undefined) {
    if (isAborted(signal, call)) onAbort()
    else listen(signal, onAbort, call)
  }
  const timer =
    timeoutMs === undefined ? undefined : setTimeout(() => end(timeoutError(call.operation, timeoutMs)), timeoutMs)
  return {
    stop,
    stoppedBy: () => stoppedBy,
    markCalling: () => {
      calling = true
    },
    noticeAbort: () => {
      if (signal !== undefined && readsAborted(signal)) onAbort()
    },
    release: () => {
      if (timer !== undefined) clearTimeout(timer)
      if (signal !== undefined) stopListening(signal, onAbort)
    },
  }
}

function abortError(operation: string, calling: boolean, signal: AbortSignal | undefined): WixRequestError {
  const detail = calling
    ? `aborted by options.signal while waiting for Wix. ${MAYBE_SENT}`
    : 'aborted by options.signal before the call: nothing was sent to Wix.'
  return stopped(operation, 'ABORTED', detail, signal === undefined ? undefined : reasonOf(signal))
}

function timeoutError(operation: string, timeoutMs: number): WixRequestError {
  return stopped(operation, 'TIMEOUT', `no answer within ${timeoutMs} ms (options.timeoutMs). ${MAYBE_SENT}`, undefined)
}

function signalError(call: WixCall, what: string, cause: unknown): TypeError {
  return new TypeError(
    `${call.wrapper}: options.signal ${what}, so nothing was sent to Wix. Pass an AbortSignal, such as new AbortController().signal.`,
    { cause },
  )
}

/** `signal.aborted`, read before the call; a signal that cannot be read is refused. */
function isAborted(signal: AbortSignal, call: WixCall): boolean {
  try {
    return signal.aborted === true
  } catch (error) {
    throw signalError(call, 'could not be read (reading its aborted property threw)', error)
  }
}

/** `signal.aborted` after the call has started: `false` when it cannot tell (the call goes on). */
function readsAborted(signal: AbortSignal): boolean {
  try {
    return signal.aborted === true
  } catch {
    return false
  }
}

/** Listens to the signal before the call; a signal that cannot be listened to is refused. */
function listen(signal: AbortSignal, onAbort: () => void, call: WixCall): void {
  try {
    signal.addEventListener('abort', onAbort, { once: true })
  } catch (error) {
    stopListening(signal, onAbort)
    throw signalError(call, 'could not be listened to (its addEventListener threw)', error)
  }
}

/** Removes the listener; a signal whose removeEventListener throws changes nothing about the call. */
function stopListening(signal: AbortSignal, onAbort: () => void): void {
  try {
    signal.removeEventListener('abort', onAbort)
  } catch {
    // ignored: the call's outcome is already decided
  }
}

/**
 * Calls a Wix module method once (no retries) and awaits it. A module function called outside a
 * client returns a function and sends nothing: that becomes a `TypeError` that says how to create
 * the client. Failures become {@link WixRequestError}s; so do an aborted `signal` (`code: 'ABORTED'`)
 * and a `timeoutMs` that ran out (`code: 'TIMEOUT'`), which stop waiting (the call itself cannot be
 * taken back).
 * @internal
 */
export async function callWix(call: WixCall, limits: CallLimits): Promise<unknown> {
  const wait = startWait(call, limits)
  try {
    const before = wait.stoppedBy()
    if (before !== undefined) throw before
    wait.markCalling()
    let pending: unknown
    try {
      pending = call.invoke()
    } catch (error) {
      throw callFailure(error, call.operation)
    }
    if (typeof pending === 'function') throw usedOutsideClient(call)
    const answer = Promise.resolve(pending).catch((error: unknown) => {
      throw callFailure(error, call.operation)
    })
    // an abort during the call's synchronous part ends the wait now: Wix's answer is not awaited
    wait.noticeAbort()
    const during = wait.stoppedBy()
    if (during !== undefined) {
      answer.catch(() => undefined)
      throw during
    }
    return await (limits.signal === undefined && limits.timeoutMs === undefined
      ? answer
      : Promise.race([answer, wait.stop]))
  } finally {
    wait.release()
  }
}

function usedOutsideClient(call: WixCall): TypeError {
  return new TypeError(
    `${call.operation} returned a function instead of a promise, so nothing was sent to Wix: the ` +
      `"${call.moduleName}" module was used outside a Wix client. Use createClient({ modules: { ${call.moduleName} } }) ` +
      `(with its auth, e.g. OAuthStrategy({ clientId })) and pass client.${call.moduleName}.`,
  )
}
