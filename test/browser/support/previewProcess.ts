/**
 * Runs the built preview exactly as `npm start` does (node dist-node/preview.js, after the
 * build `npm test` runs first), on a free port, and stops it with SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const previewScript = join(__dirname, '..', '..', '..', 'dist-node', 'preview.js');

export interface PreviewProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function startPreviewProcess(env: Record<string, string> = {}): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [previewScript], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never announced itself must not outlive the test run.
      child.kill('SIGKILL');
      reject(new Error(`the preview printed no URL:\n${printed}`));
    }, 15000);
    const watch = () => {
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed)?.[0];
      if (!url) return;
      clearTimeout(timer);
      child.stdout?.off('data', watch);
      resolve({
        url,
        child,
        output: () => printed,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited with ${code} before printing its URL:\n${printed}`));
    });
  });
}
