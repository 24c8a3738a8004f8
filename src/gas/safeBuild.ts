/**
 * Every build of a sheet (goal calculator, dashboards) runs through here: one at a time per
 * spreadsheet, and when it fails the sidebar or menu hears why in the user's language,
 * including what was done about it (nothing written, or the half-written sheet removed).
 */
import type { Language } from '../funnel/types';
import { SheetWriteError } from './insertSheet';
import { BuildBusyError, withDocumentLock } from './lock';

interface FailureWords {
  readonly busy: string;
  readonly removed: (sheet: string, reason: string) => string;
  readonly leftBehind: (sheet: string, reason: string) => string;
}

const failureWords: Readonly<Record<Language, FailureWords>> = {
  en: {
    busy: 'another FunnelMath build is running in this spreadsheet, so nothing was written. Try again in a moment.',
    removed: (sheet, reason) =>
      `writing the sheet “${sheet}” failed (${reason}). The half-written sheet was removed and nothing else changed. Try again.`,
    leftBehind: (sheet, reason) =>
      `writing the sheet “${sheet}” failed (${reason}), and the half-written sheet could not be removed: delete “${sheet}” before trying again.`,
  },
  'zh-CN': {
    busy: '此电子表格中另一个 FunnelMath 构建正在进行，因此未写入任何内容。请稍后重试。',
    removed: (sheet, reason) =>
      `写入工作表“${sheet}”失败（${reason}）。已删除写了一半的工作表，其他内容未更改。请重试。`,
    leftBehind: (sheet, reason) =>
      `写入工作表“${sheet}”失败（${reason}），且无法删除写了一半的工作表：请先删除“${sheet}”再重试。`,
  },
  'zh-TW': {
    busy: '此試算表中另一個 FunnelMath 建立作業正在進行，因此未寫入任何內容。請稍後再試。',
    removed: (sheet, reason) =>
      `寫入工作表「${sheet}」失敗（${reason}）。已刪除寫到一半的工作表，其他內容未變更。請再試一次。`,
    leftBehind: (sheet, reason) =>
      `寫入工作表「${sheet}」失敗（${reason}），且無法刪除寫到一半的工作表：請先刪除「${sheet}」再試一次。`,
  },
};

/** The message the user reads for a failed build; other errors keep their own message. */
export function buildFailureMessage(error: unknown, language: Language): string | undefined {
  const words = failureWords[language];
  if (error instanceof BuildBusyError) return words.busy;
  if (error instanceof SheetWriteError) {
    return error.sheetRemoved
      ? words.removed(error.sheetName, error.reason)
      : words.leftBehind(error.sheetName, error.reason);
  }
  return undefined;
}

/** Runs `build` under the document lock; a failure is rethrown in `language`. */
export function buildSafely<T>(language: Language, build: () => T): T {
  try {
    return withDocumentLock(() => {
      const built = build();
      // Sheets applies writes lazily: apply them before the next build may take the lock.
      SpreadsheetApp.flush();
      return built;
    });
  } catch (error) {
    const message = buildFailureMessage(error, language);
    throw message === undefined ? error : new Error(message);
  }
}
