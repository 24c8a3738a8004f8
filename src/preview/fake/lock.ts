/**
 * A fake of LockService's document lock, with contention. Apps Script runs each call of the
 * add-on as its own execution; two builds at once are two executions of the same document.
 * Here an execution is one FakeLockService, and every execution of a fake spreadsheet shares
 * one DocumentLockState, so a second execution (or a simulated other user) finds the lock
 * taken. Time is virtual: waiting advances the state's clock instead of sleeping, and a lock
 * another user holds "for 5 s" frees itself when the waiting execution reaches that moment.
 */
import { type CallLog, counted } from './callLog';

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;

const lockMethods = ['tryLock', 'waitLock', 'releaseLock', 'hasLock'] as const;
const lockServiceMethods = ['getDocumentLock'] as const;

/** Apps Script's own message when waitLock gives up. */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** Who holds the document lock, shared by every execution of one fake spreadsheet. */
export class DocumentLockState {
  holder: object | null = null;
  /** When a holder that is not an execution of this process lets go (virtual ms). */
  releaseAt: number | null = null;
  nowMs = 0;
  /** How many times an execution found the lock taken by someone else. */
  contentions = 0;

  /**
   * Another user's execution takes the lock for `durationMs` (Infinity: until the test
   * calls releaseOtherUser). Fails if the lock is held already.
   */
  holdAsOtherUser(durationMs = Number.POSITIVE_INFINITY): void {
    if (this.holder) throw new Error('the document lock is already held');
    this.holder = { otherUser: true };
    this.releaseAt = this.nowMs + durationMs;
  }

  releaseOtherUser(): void {
    this.holder = null;
    this.releaseAt = null;
  }

  /** Takes the lock for `owner` within `timeoutMs` of virtual time; false when it stays taken. */
  acquire(owner: object, timeoutMs: number): boolean {
    if (this.holder === owner) return true;
    if (this.holder !== null) {
      this.contentions++;
      const freedAt = this.releaseAt ?? Number.POSITIVE_INFINITY;
      if (freedAt > this.nowMs + timeoutMs) {
        this.nowMs += timeoutMs;
        return false;
      }
      this.nowMs = Math.max(this.nowMs, freedAt);
      this.releaseOtherUser();
    }
    this.holder = owner;
    this.releaseAt = null;
    return true;
  }
}

/** The document lock as one execution sees it. */
export class FakeLock implements Pick<Lock, (typeof lockMethods)[number]> {
  constructor(private readonly state: DocumentLockState) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.state.acquire(this, timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.state.acquire(this, timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    // Releasing a lock one does not hold does nothing, as in Apps Script.
    if (this.state.holder === this) this.state.holder = null;
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }
}

/** LockService for one execution: its document lock is one object for the whole execution. */
export class FakeLockService implements Pick<LockService, (typeof lockServiceMethods)[number]> {
  private readonly lock: Lock;

  constructor(log: CallLog, state: DocumentLockState) {
    this.lock = counted(log, 'Lock', new FakeLock(state), lockMethods, {
      lock: true,
    }) as unknown as Lock;
  }

  getDocumentLock(): Lock {
    return this.lock;
  }

  static create(log: CallLog, state: DocumentLockState): FakeLockService {
    return counted(log, 'LockService', new FakeLockService(log, state), lockServiceMethods, {
      lock: true,
    });
  }
}
