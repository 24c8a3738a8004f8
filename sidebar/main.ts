/**
 * Sidebar entry point: asks the server for the spreadsheet's language and last plan, then
 * starts the form. The same file runs in Sheets and in the local preview; only the
 * google.script.run underneath differs.
 */
import { startSidebar } from './app';
import { connect, pageRunner } from './bridge';
import { el, replaceChildren } from './dom';
import { messagesFor } from './i18n';

/**
 * "Check this workbook" serves this page with a marker after it (workbookCheckSidebar.ts);
 * read once the server has answered, when the whole page has been parsed.
 */
function openPanel(): 'check' | undefined {
  return document.querySelector('meta[name="funnelmath-panel"][content="check"]')
    ? 'check'
    : undefined;
}

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('the sidebar page has no #app element');
  const server = connect(pageRunner());
  try {
    const start = await server.getSidebarStart();
    startSidebar(root, server, start, undefined, openPanel());
  } catch (error) {
    // Without its start data the form still works, in English with the defaults, and says why.
    const reason = error instanceof Error ? error.message : String(error);
    startSidebar(
      root,
      server,
      {
        spreadsheetLanguage: 'en',
        spreadsheetCurrency: 'USD',
        lastPlan: null,
        goalSheet: null,
        goalSheetNames: [],
      },
      reason,
      openPanel(),
    );
  }
}

const root = document.getElementById('app');
if (root) replaceChildren(root, [el('p', { class: 'hint' }, [messagesFor('en').loading])]);
void boot();
