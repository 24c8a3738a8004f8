/**
 * The preview's spreadsheet page: shows the workbook the fake services hold, one tab per
 * sheet, and lets a person edit a cell through the formula bar the way they would in
 * Sheets (a number, text, or a formula such as =CAC(B2, B3)). Every value is set with
 * textContent: a stage called `<img src=x onerror=alert(1)>` shows as those characters.
 */

import { columnIndex, columnLetter } from '../../layout/a1';
import {
  type CellEdit,
  type CellEditAnswer,
  type CellPaste,
  changedMessage,
  type GridSheet,
  type GridSnapshot,
  paths,
  type RunResponse,
  sidebarEntryPoints,
  sidebarPath,
} from '../protocol';
import { drawChart } from './chart';
import { languageTag, type PageTexts, pageTexts } from './i18n';
import { pastedRows } from './pastedText';
import { callServer } from './request';

const grid = byId<HTMLTableElement>('grid');
const tabs = byId<HTMLElement>('tabs');
const cellName = byId<HTMLInputElement>('cell-name');
const cellInput = byId<HTMLInputElement>('cell-input');
const editStatus = byId<HTMLElement>('edit-status');
const charts = byId<HTMLElement>('charts');
/** The choices of a list-validated cell, offered by the formula bar as Sheets' dropdown does. */
const choices = document.createElement('datalist');
choices.id = 'cell-choices';
cellInput.after(choices);
const extensions = byId<HTMLButtonElement>('extensions');
const extensionsMenu = byId<HTMLElement>('extensions-menu');
const addonItems = byId<HTMLElement>('addon-items');
const menuStatus = byId<HTMLElement>('menu-status');
const sidebarPathLabel = byId<HTMLElement>('sidebar-path');
/** The menu item whose sidebar is open (the goal calculator's until another is chosen). */
let openSidebar = 'showGoalCalculator';
const sidebar = byId<HTMLIFrameElement>('sidebar');

let snapshot: GridSnapshot = { active: '', sheets: [], locale: 'en_US', menu: [] };
let texts: PageTexts = pageTexts('en_US');
let selected = { row: 1, column: 1 };
/** True while the person has typed into the formula bar and not yet committed or moved. */
let typing = false;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the preview page has no #${id}`);
  return element as T;
}

/** The page counts rows and columns from 1, as the grid shows them. */
function columnLetters(column: number): string {
  return columnLetter(column - 1);
}

function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** What a person typed in the name box, within the grid's reach; null when it is not a cell. */
function parseA1(text: string): { row: number; column: number } | null {
  const match = /^\s*([A-Za-z]{1,2})(\d{1,4})\s*$/.exec(text);
  if (!match) return null;
  return { row: Number(match[2]), column: columnIndex(match[1]) + 1 };
}

function activeSheet(): GridSheet | undefined {
  return snapshot.sheets.find((sheet) => sheet.name === snapshot.active) ?? snapshot.sheets[0];
}

const api = callServer;

/** Shows a new snapshot; cells whose shown value changed flash once. */
function show(next: GridSnapshot): void {
  const before = activeSheet();
  snapshot = next;
  const sheet = activeSheet();
  renderChrome();
  renderTabs();
  renderGrid(sheet, before?.name === sheet?.name ? before : undefined);
  showSelection();
}

/** The page's own words in the spreadsheet's language, and the add-on's menu items. */
function renderChrome(): void {
  texts = pageTexts(snapshot.locale);
  document.documentElement.lang = languageTag(snapshot.locale);
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text as keyof PageTexts;
    const text = texts[key];
    if (typeof text === 'string') element.textContent = text;
  }
  // The sidebar's path names the menu item as the add-on's menu shows it, in its language.
  showSidebarPath();
  const captions = snapshot.menu.map((item) => item.caption).join('\n');
  if (addonItems.dataset.captions === captions) return;
  addonItems.dataset.captions = captions;
  addonItems.replaceChildren(
    ...snapshot.menu.map((item) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      button.textContent = item.caption;
      button.addEventListener('click', () => {
        closeMenu();
        runMenuItem(item.caption, item.functionName).catch(reportMenuError);
      });
      return button;
    }),
  );
}

/** The sidebar's path names the menu item whose sidebar is open, as the add-on's menu shows it. */
function showSidebarPath(): void {
  const item = snapshot.menu.find((entry) => entry.functionName === openSidebar);
  sidebarPathLabel.textContent = `${texts.extensions} → FunnelMath → ${item?.caption ?? ''}`;
}

function closeMenu(): void {
  extensionsMenu.hidden = true;
  extensions.setAttribute('aria-expanded', 'false');
}

/**
 * A menu item runs its top-level function in the bundle, as Sheets does; the goal calculator
 * opens its sidebar, an inserted sheet becomes the one shown.
 */
async function runMenuItem(caption: string, functionName: string): Promise<void> {
  menuStatus.textContent = texts.running(caption);
  const answer = await api<RunResponse>(`${paths.run}${encodeURIComponent(functionName)}`, {
    args: [],
  });
  if (!answer.ok) throw new Error(answer.error);
  menuStatus.textContent = '';
  if (sidebarEntryPoints.includes(functionName)) {
    sidebar.src = sidebarPath(functionName);
    openSidebar = functionName;
    showSidebarPath();
    sidebar.focus();
    return;
  }
  const known = new Set(snapshot.sheets.map((sheet) => sheet.name));
  const next = await api<GridSnapshot>(paths.snapshot);
  const added = next.sheets.filter((sheet) => !known.has(sheet.name)).at(-1);
  show(
    added && added.name !== next.active
      ? await api<GridSnapshot>(paths.activate, { sheet: added.name })
      : next,
  );
}

function reportMenuError(error: unknown): void {
  menuStatus.textContent = error instanceof Error ? error.message : String(error);
}

extensions.addEventListener('click', () => {
  const open = extensionsMenu.hidden;
  extensionsMenu.hidden = !open;
  extensions.setAttribute('aria-expanded', String(open));
  if (open) addonItems.querySelector<HTMLButtonElement>('button')?.focus();
});
extensionsMenu.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    closeMenu();
    extensions.focus();
  }
  // Up and down move between the items, as in any menu.
  const items = [...addonItems.querySelectorAll<HTMLButtonElement>('button')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step !== 0 && items.length > 0) {
    event.preventDefault();
    items[(at + step + items.length) % items.length].focus();
  }
});

function renderTabs(): void {
  tabs.replaceChildren(
    ...snapshot.sheets.map((sheet) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === snapshot.active));
      tab.textContent = sheet.name;
      tab.addEventListener('click', () => {
        api<GridSnapshot>(paths.activate, { sheet: sheet.name }).then(show, reportError);
      });
      return tab;
    }),
  );
}

function renderGrid(sheet: GridSheet | undefined, previous: GridSheet | undefined): void {
  const rows = sheet?.rows ?? [];
  // A few empty rows and columns past the data, so there is room to type a formula.
  const rowCount = Math.max(rows.length + 5, 20);
  const columnCount = Math.max((rows[0]?.length ?? 0) + 2, 8);
  const columns = document.createElement('colgroup');
  const corner = document.createElement('col');
  corner.style.width = '40px';
  columns.append(corner);
  const header = document.createElement('tr');
  header.append(headerCell('', 'corner'));
  let tableWidth = 40;
  for (let column = 1; column <= columnCount; column++) {
    const col = document.createElement('col');
    const width = sheet?.columnWidths[column - 1] ?? 100;
    col.style.width = `${width}px`;
    tableWidth += width;
    columns.append(col);
    header.append(headerCell(columnLetters(column), 'column'));
  }
  // A fixed table layout honours the column widths only when the table's width is set.
  grid.style.width = `${tableWidth}px`;
  const body = document.createElement('tbody');
  for (let row = 1; row <= rowCount; row++) {
    const line = document.createElement('tr');
    line.append(headerCell(String(row), 'row'));
    for (let column = 1; column <= columnCount; column++) {
      const cell = rows[row - 1]?.[column - 1];
      const td = document.createElement('td');
      td.dataset.a1 = a1(row, column);
      td.id = `cell-${td.dataset.a1}`;
      td.textContent = cell?.shown ?? '';
      if (cell?.numeric) td.classList.add('numeric');
      if (cell?.bold) td.classList.add('bold');
      if (cell?.wrap) td.classList.add('wrap');
      if (cell?.background) td.style.backgroundColor = cell.background;
      if (cell?.color) td.style.color = cell.color;
      // Text runs on into empty cells to its right, as in Sheets; numbers never do.
      const next = rows[row - 1]?.[column];
      if (cell?.shown && !cell.numeric && !cell.wrap && !next?.shown) td.classList.add('overflow');
      if (cell?.error) {
        td.classList.add('error');
        td.title = cell.error;
      } else if (cell?.note || cell?.help)
        td.title = [cell.note, cell.help].filter(Boolean).join('\n');
      const old = previous?.rows[row - 1]?.[column - 1]?.shown ?? '';
      if (previous && (cell?.shown ?? '') !== old) td.classList.add('changed');
      td.addEventListener('click', () => select(row, column));
      td.addEventListener('dblclick', () => cellInput.focus());
      line.append(td);
    }
    body.append(line);
  }
  const head = document.createElement('thead');
  head.append(header);
  grid.replaceChildren(columns, head, body);
  drawCharts(sheet);
}

/** Charts float over the grid from their anchor cell, as in Sheets. */
function drawCharts(sheet: GridSheet | undefined): void {
  charts.replaceChildren();
  for (const chart of sheet?.charts ?? []) {
    const anchor = grid.querySelector<HTMLElement>(
      `td[data-a1="${a1(chart.anchorRow, chart.anchorColumn)}"]`,
    );
    const figure = drawChart(chart);
    figure.style.left = `${anchor?.offsetLeft ?? 0}px`;
    figure.style.top = `${anchor?.offsetTop ?? 0}px`;
    charts.append(figure);
  }
}

function headerCell(text: string, kind: 'corner' | 'column' | 'row'): HTMLTableCellElement {
  const th = document.createElement('th');
  th.textContent = text;
  if (kind === 'row') {
    th.className = 'row';
    th.scope = 'row';
  } else if (kind === 'column') th.scope = 'col';
  return th;
}

function select(row: number, column: number): void {
  selected = { row: Math.max(1, row), column: Math.max(1, column) };
  typing = false;
  showSelection();
}

/** Marks the selected cell; the formula bar shows its contents unless the person is typing there. */
function showSelection(): void {
  for (const cell of grid.querySelectorAll('td.selected')) cell.classList.remove('selected');
  const address = a1(selected.row, selected.column);
  grid.querySelector(`td[data-a1="${address}"]`)?.classList.add('selected');
  // The grid keeps the keyboard focus; assistive tech follows the selected cell.
  grid.setAttribute('aria-activedescendant', `cell-${address}`);
  cellName.value = address;
  if (typing) return;
  const cell = activeSheet()?.rows[selected.row - 1]?.[selected.column - 1];
  cellInput.value = cell?.input ?? '';
  editStatus.textContent = '';
  choices.replaceChildren(
    ...(cell?.choices ?? []).map((choice) => {
      const option = document.createElement('option');
      option.value = choice;
      return option;
    }),
  );
  if (cell?.choices) cellInput.setAttribute('list', choices.id);
  else cellInput.removeAttribute('list');
}

/**
 * Sends the formula bar's text to the selected cell, then moves down one row as Enter does
 * in Sheets, unless the person already moved on while the server was answering.
 */
async function commit(): Promise<void> {
  const sheet = activeSheet();
  if (!sheet) return;
  const target = { ...selected };
  const edit: CellEdit = {
    sheet: sheet.name,
    a1: a1(target.row, target.column),
    input: cellInput.value,
  };
  typing = false;
  const next = await api<CellEditAnswer>(paths.cell, edit);
  const stayed = selected.row === target.row && selected.column === target.column;
  show(next);
  if (next.rejected !== undefined) {
    // Refused by the cell's data validation: as in Sheets it keeps its value, the person
    // stays on it and reads why (the rule's help text).
    if (stayed) select(target.row, target.column);
    editStatus.textContent = `${edit.a1} kept its value: “${edit.input}” is not allowed there. ${next.rejected}`;
    return;
  }
  if (stayed) select(target.row + 1, target.column);
}

function reportError(error: unknown): void {
  editStatus.textContent = error instanceof Error ? error.message : String(error);
}

byId<HTMLFormElement>('formula-bar').addEventListener('submit', (event) => event.preventDefault());
cellInput.addEventListener('input', () => {
  typing = true;
});
// Enter commits explicitly: a form with two fields and no submit button never submits on Enter.
cellInput.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') select(selected.row, selected.column);
  if (event.key === 'Enter') {
    event.preventDefault();
    commit().catch(reportError);
  }
});
cellName.addEventListener('change', () => {
  const address = parseA1(cellName.value);
  if (address) select(address.row, address.column);
  else editStatus.textContent = texts.notACell(cellName.value);
});
grid.addEventListener('keydown', (event) => {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    select(selected.row + move[0], selected.column + move[1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    cellInput.focus();
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // As in Sheets, typing on a selected cell starts editing it, replacing its contents.
    event.preventDefault();
    typing = true;
    cellInput.value = event.key;
    cellInput.focus();
    cellInput.setSelectionRange(cellInput.value.length, cellInput.value.length);
  }
});

/**
 * Pasting on the grid (not in the formula bar) fills the cells from the selected one on,
 * as in Sheets: each cell is typed in, so dates and numbers become dates and numbers.
 */
document.addEventListener('paste', (event) => {
  if (event.target === cellInput || event.target === cellName) return;
  const sheet = activeSheet();
  const rows = pastedRows(event.clipboardData?.getData('text/plain') ?? '');
  if (!sheet || rows.length === 0) return;
  event.preventDefault();
  const paste: CellPaste = { sheet: sheet.name, a1: a1(selected.row, selected.column), rows };
  api<CellEditAnswer>(paths.paste, paste)
    .then((next) => {
      show(next);
      editStatus.textContent = next.rejected === undefined ? '' : `${paste.a1}: ${next.rejected}`;
    })
    .catch(reportError);
});

/** After a build, the new sheet is the one to look at (as Sheets activates it). */
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.data?.type !== changedMessage) return;
  const known = new Set(snapshot.sheets.map((sheet) => sheet.name));
  api<GridSnapshot>(paths.snapshot)
    .then((next) => {
      const added = next.sheets.filter((sheet) => !known.has(sheet.name)).at(-1);
      return added && added.name !== next.active
        ? api<GridSnapshot>(paths.activate, { sheet: added.name })
        : next;
    })
    .then(show, reportError);
});

api<GridSnapshot>(paths.snapshot).then(show, reportError);
