import type { Command } from '../command';
import { checkCommand } from './check';
import { dashboardCommand } from './dashboard';
import { goalCommand } from './goal';
import { workbookCommand } from './workbook';

/**
 * Every `funnelmath` command, in the order `funnelmath help` lists them. A new command is
 * one file in this folder exporting a `Command`, and one entry here.
 */
export const commands: readonly Command[] = [
  goalCommand,
  dashboardCommand,
  workbookCommand,
  checkCommand,
];
