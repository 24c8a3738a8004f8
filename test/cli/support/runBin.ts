/**
 * Runs the built `funnelmath` bin (bin/funnelmath.js -> dist-node/cli.js, after
 * `npm run build`) in its own Node process, as `npx funnelmath` does, in a folder of its own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const binPath = join(__dirname, '..', '..', '..', 'bin', 'funnelmath.js');

export interface BinResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `shellPrefix` runs the bin through sh after that text (e.g. a ulimit), with
 * `exec node ...` so the limit applies to the CLI itself.
 */
export function runBin(
  argv: readonly string[],
  options: { cwd?: string; shellPrefix?: string } = {},
): Promise<BinResult> {
  const [file, args] = options.shellPrefix
    ? ['sh', ['-c', `${options.shellPrefix}; exec "$0" "$@"`, process.execPath, binPath, ...argv]]
    : [process.execPath, [binPath, ...argv]];
  return new Promise((resolve) => {
    execFile(file, args, { cwd: options.cwd }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh folder holding `plan.json` (the given plan), for one test. */
export async function folderWithPlan(plan: unknown): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'funnelmath-bin-'));
  await writeFile(join(folder, 'plan.json'), JSON.stringify(plan));
  return folder;
}
