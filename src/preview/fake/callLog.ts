/**
 * Counts every call the code under test makes to a fake Apps Script service: the batching
 * budget of the writers is measured here. Each fake object is wrapped by `counted`, which
 * records a call to any method of the object's public API list (the same list its class
 * `implements` from @types/google-apps-script), so a new method cannot escape the count.
 */

export interface ServiceCall {
  /** e.g. 'Range.setValues' */
  readonly name: string;
  /**
   * Builders only configure an object in memory (newChart, newConditionalFormatRule and
   * every builder method); the rest read or change the document.
   */
  readonly builder: boolean;
  /** LockService calls: a round trip each, but they neither read nor change the document. */
  readonly lock?: boolean;
}

/** What a test runs just before a call: another user acting, or the service failing. */
export type Interception = (args: readonly unknown[]) => void;

export class CallLog {
  private readonly recorded: ServiceCall[] = [];
  private readonly interceptions = new Map<string, Interception[]>();

  record(call: ServiceCall): void {
    this.recorded.push(call);
  }

  /**
   * Runs `action` just before every call named `name` (e.g. 'Range.setBackgrounds') reaches
   * the fake; an action that throws fails the call, as a service time-out does. Returns a
   * function that removes it.
   */
  intercept(name: string, action: Interception): () => void {
    const actions = this.interceptions.get(name) ?? [];
    actions.push(action);
    this.interceptions.set(name, actions);
    return () => {
      const index = actions.indexOf(action);
      if (index >= 0) actions.splice(index, 1);
    };
  }

  /** Called by `counted` before each call it forwards. */
  beforeCall(name: string, args: readonly unknown[]): void {
    for (const action of [...(this.interceptions.get(name) ?? [])]) action(args);
  }

  /** Every call so far, in order. */
  get calls(): readonly ServiceCall[] {
    return this.recorded;
  }

  /** Calls that reach the document (service, spreadsheet, sheet, range): the batching budget. */
  get documentCalls(): number {
    return this.recorded.filter((call) => !call.builder && !call.lock).length;
  }

  /** Calls on the document lock (getDocumentLock, tryLock, releaseLock...). */
  get lockCalls(): number {
    return this.recorded.filter((call) => call.lock).length;
  }

  /** Calls on chart and conditional-format builders. */
  get builderCalls(): number {
    return this.recorded.filter((call) => call.builder).length;
  }

  /** How many times each method was called, e.g. { 'Range.setValues': 1 }. */
  countsByName(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.recorded) counts[call.name] = (counts[call.name] ?? 0) + 1;
    return counts;
  }

  reset(): void {
    this.recorded.length = 0;
  }
}

/**
 * Wraps a fake so each call of a listed method is logged as `${kind}.${method}`. Methods
 * return the proxy itself when they return `this`, so chained calls are all counted.
 */
export function counted<T extends object>(
  log: CallLog,
  kind: string,
  target: T,
  api: readonly string[],
  options: { builder?: boolean; builderMethods?: readonly string[]; lock?: boolean } = {},
): T {
  const apiNames = new Set(api);
  const builderMethods = new Set(options.builderMethods ?? []);
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof property !== 'string' || !apiNames.has(property) || typeof value !== 'function')
        return value;
      return (...args: unknown[]) => {
        const builder = (options.builder ?? false) || builderMethods.has(property);
        log.record({ name: `${kind}.${property}`, builder, lock: options.lock });
        log.beforeCall(`${kind}.${property}`, args);
        return value.apply(receiver, args);
      };
    },
  });
}
