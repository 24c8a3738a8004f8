/** The fake document lock behaves as Apps Script's: per execution, with virtual waiting. */
import { DocumentLockState, FakeLockService, LOCK_TIMEOUT_MESSAGE } from '../../src/preview/fake';
import { CallLog } from '../../src/preview/fake/callLog';

function execution(state: DocumentLockState): GoogleAppsScript.Lock.Lock {
  return FakeLockService.create(new CallLog(), state).getDocumentLock();
}

test('one execution at a time; the same execution may take it again', () => {
  const state = new DocumentLockState();
  const first = execution(state);
  const second = execution(state);
  expect(first.tryLock(1000)).toBe(true);
  expect(first.tryLock(1000)).toBe(true);
  expect([first.hasLock(), second.hasLock()]).toEqual([true, false]);
  expect(second.tryLock(1000)).toBe(false);
  expect(() => second.waitLock(500)).toThrow(LOCK_TIMEOUT_MESSAGE);
  expect(state.nowMs).toBe(1500);
  second.releaseLock();
  expect(first.hasLock()).toBe(true);
  first.releaseLock();
  expect(second.tryLock(0)).toBe(true);
  expect(state.contentions).toBe(2);
});

test('another user’s lock frees itself at its time, if the wait reaches it', () => {
  const state = new DocumentLockState();
  state.holdAsOtherUser(3000);
  const lock = execution(state);
  expect(lock.tryLock(2999)).toBe(false);
  expect(state.nowMs).toBe(2999);
  expect(lock.tryLock(1)).toBe(true);
  expect(state.nowMs).toBe(3000);
  expect(() => state.holdAsOtherUser()).toThrow('already held');
});
