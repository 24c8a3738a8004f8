/**
 * Builds run one at a time per spreadsheet: two people pressing Build together (or one
 * pressing it twice) must not interleave their inserts and writes. The document lock is
 * shared by every user of this spreadsheet and needs no OAuth scope.
 */

/** A build writes in seconds; waiting longer would only stack builds behind a stuck one. */
export const BUILD_LOCK_WAIT_MS = 20_000;

/** Another build kept the lock for the whole wait: nothing was written. */
export class BuildBusyError extends Error {
  constructor() {
    super('another FunnelMath build is running in this spreadsheet');
    this.name = 'BuildBusyError';
  }
}

export function withDocumentLock<T>(work: () => T, waitMs = BUILD_LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) throw new BuildBusyError();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
