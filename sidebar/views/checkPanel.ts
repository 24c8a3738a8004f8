/**
 * "Check this workbook": lists what the check found on every sheet FunnelMath wrote, by
 * sheet and cell address, in the sidebar's language; "Restore formulas" rewrites exactly
 * the reported cells (the server checks again before writing), then says what it changed
 * and checks once more, so the list shows what is left (inputs only the person can fix).
 * The panel keeps its results while the form around it re-renders.
 */
import type { Language } from '../../src/funnel/types';
import type { RestoreReport } from '../../src/gas/restoreFormulas';
import type { CheckFinding, WorkbookCheckReport } from '../../src/gas/workbookCheck';
import type { Server } from '../bridge';
import { el, replaceChildren } from '../dom';

interface CheckWords {
  readonly heading: string;
  readonly explain: string;
  readonly check: string;
  readonly checking: string;
  readonly clean: (sheets: number) => string;
  readonly noSheets: string;
  readonly notChecked: (sheets: string) => string;
  readonly found: (count: number) => string;
  readonly notFixable: string;
  readonly restore: string;
  readonly restoring: string;
  readonly restored: (cells: number) => string;
  readonly failed: (reason: string) => string;
}

const words: Readonly<Record<Language, CheckWords>> = {
  en: {
    heading: 'Check this workbook',
    explain:
      'Compares every sheet FunnelMath wrote with the layout it was built from: formulas typed over, broken links, deleted rows, inputs out of range, older sheets.',
    check: 'Check this workbook',
    checking: 'Checking…',
    clean: (sheets) =>
      `No problems found on the ${sheets} FunnelMath sheet${sheets === 1 ? '' : 's'}.`,
    noSheets: 'This spreadsheet has no sheet written by FunnelMath yet.',
    notChecked: (sheets) => `Not checked by this version of FunnelMath: ${sheets}.`,
    found: (count) => `${count} problem${count === 1 ? '' : 's'} found:`,
    notFixable: '(fix this input yourself)',
    restore: 'Restore formulas',
    restoring: 'Restoring…',
    restored: (cells) =>
      `Restored ${cells} cell${cells === 1 ? '' : 's'}; your inputs and your own cells were kept:`,
    failed: (reason) => `The check did not finish: ${reason}`,
  },
  'zh-CN': {
    heading: '检查此工作簿',
    explain:
      '将 FunnelMath 写入的每个工作表与其生成时的布局比较：被覆盖的公式、失效的引用、被删除的行、超出范围的输入、旧版工作表。',
    check: '检查此工作簿',
    checking: '正在检查…',
    clean: (sheets) => `${sheets} 个 FunnelMath 工作表均未发现问题。`,
    noSheets: '此电子表格中还没有 FunnelMath 写入的工作表。',
    notChecked: (sheets) => `此版本的 FunnelMath 尚不检查：${sheets}。`,
    found: (count) => `发现 ${count} 个问题：`,
    notFixable: '（请自行修正此输入）',
    restore: '恢复公式',
    restoring: '正在恢复…',
    restored: (cells) => `已恢复 ${cells} 个单元格；您的输入和您自己的单元格均保持不变：`,
    failed: (reason) => `检查未完成：${reason}`,
  },
  'zh-TW': {
    heading: '檢查此活頁簿',
    explain:
      '將 FunnelMath 寫入的每個工作表與其產生時的版面比較：被覆寫的公式、失效的參照、被刪除的列、超出範圍的輸入、舊版工作表。',
    check: '檢查此活頁簿',
    checking: '正在檢查…',
    clean: (sheets) => `${sheets} 個 FunnelMath 工作表均未發現問題。`,
    noSheets: '此試算表中還沒有 FunnelMath 寫入的工作表。',
    notChecked: (sheets) => `此版本的 FunnelMath 尚不檢查：${sheets}。`,
    found: (count) => `發現 ${count} 個問題：`,
    notFixable: '（請自行修正此輸入）',
    restore: '恢復公式',
    restoring: '正在恢復…',
    restored: (cells) => `已恢復 ${cells} 個儲存格；您的輸入和您自己的儲存格均保持不變：`,
    failed: (reason) => `檢查未完成：${reason}`,
  },
};

type CheckServer = Pick<Server, 'checkThisWorkbook' | 'restoreFormulas'>;

/** The findings grouped by sheet, each as "B7: message". */
function findingList(findings: readonly CheckFinding[], text: CheckWords): HTMLElement {
  const sheets = [...new Set(findings.map((finding) => finding.sheet))];
  return el(
    'div',
    { id: 'check-findings' },
    sheets.map((sheet) =>
      el('section', { class: 'check-sheet' }, [
        el('h3', {}, [sheet]),
        el(
          'ul',
          {},
          findings
            .filter((finding) => finding.sheet === sheet)
            .map((finding) =>
              el('li', { 'data-a1': finding.a1 }, [
                el('strong', {}, [finding.a1]),
                `: ${finding.message}`,
                finding.fixable ? null : ` ${text.notFixable}`,
              ]),
            ),
        ),
      ]),
    ),
  );
}

function restoredList(report: RestoreReport): HTMLElement {
  return el(
    'ul',
    { id: 'check-restored' },
    report.restored.flatMap((sheet) =>
      sheet.changes.map((change) =>
        el('li', { 'data-a1': change.a1 }, [`${sheet.sheet}!${change.a1}: ${change.message}`]),
      ),
    ),
  );
}

export interface CheckPanel {
  readonly element: HTMLElement;
  /** Runs the check now (the menu item opens the sidebar on it). */
  run(): Promise<void>;
}

export function checkPanel(server: CheckServer, language: Language): CheckPanel {
  const text = words[language];
  const checkButton = el('button', { type: 'button', id: 'check-workbook' }, [text.check]);
  const status = el('p', { class: 'hint', id: 'check-status', role: 'status' });
  const results = el('div', { 'aria-live': 'polite' });
  const restoreButton = el('button', { type: 'button', id: 'restore-formulas', hidden: true }, [
    text.restore,
  ]);
  let restoredNote: HTMLElement | null = null;

  const show = (report: WorkbookCheckReport) => {
    const fixable = report.findings.some((finding) => finding.fixable);
    restoreButton.hidden = !fixable;
    status.textContent =
      report.sheets.length === 0 && report.notChecked.length === 0
        ? text.noSheets
        : report.findings.length === 0
          ? text.clean(report.sheets.length)
          : text.found(report.findings.length);
    replaceChildren(results, [
      restoredNote,
      report.notChecked.length > 0
        ? el('p', { class: 'hint', id: 'check-not-checked' }, [
            text.notChecked(report.notChecked.join(', ')),
          ])
        : null,
      report.findings.length > 0 ? findingList(report.findings, text) : null,
    ]);
  };

  const busy = async (label: string, work: () => Promise<void>) => {
    checkButton.disabled = true;
    restoreButton.disabled = true;
    status.textContent = label;
    try {
      await work();
    } catch (error) {
      status.textContent = text.failed(error instanceof Error ? error.message : String(error));
    } finally {
      checkButton.disabled = false;
      restoreButton.disabled = false;
    }
  };

  const run = () =>
    busy(text.checking, async () => {
      restoredNote = null;
      show(await server.checkThisWorkbook({ language }));
    });

  checkButton.addEventListener('click', () => void run());
  restoreButton.addEventListener('click', () =>
    busy(text.restoring, async () => {
      const report = await server.restoreFormulas({ language });
      restoredNote = el('div', { class: 'note', id: 'check-restore-report' }, [
        el('p', {}, [text.restored(report.cellCount)]),
        restoredList(report),
      ]);
      show(await server.checkThisWorkbook({ language }));
    }),
  );

  const element = el('section', { class: 'workbook-check', 'aria-labelledby': 'check-heading' }, [
    el('h2', { id: 'check-heading' }, [text.heading]),
    el('p', { class: 'hint' }, [text.explain]),
    checkButton,
    status,
    results,
    restoreButton,
  ]);
  return { element, run };
}
