/**
 * `npm start`: builds, then runs this file (dist-node/preview.js). Serves the add-on on
 * localhost against the fake services; prints the URL; stops cleanly on Ctrl-C or SIGTERM.
 *
 *   PORT=8080 npm start                 # a fixed port (default: any free port)
 *   FUNNELMATH_LOCALE=zh_TW npm start   # the spreadsheet's locale (default en_US)
 */
import { join } from 'node:path';
import { startPreview } from './server';

/** Whole decimal digits only: Number() would read "0x1F90" as 8080 and "8e3" as 8000. */
function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new Error(`PORT is ${text}; enter a port number from 0 to 65535`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portOf(process.env.PORT);
  // This file runs as dist-node/preview.js: the build's outputs sit beside it.
  const preview = await startPreview({
    port,
    locale: process.env.FUNNELMATH_LOCALE ?? 'en_US',
    distDir: join(__dirname, '..', 'dist'),
    pageDir: __dirname,
  });
  // One write, so whoever reads the output gets the URL and the hint together.
  console.log(`FunnelMath preview: ${preview.url}\nPress Ctrl-C to stop.`);
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping the preview.`);
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
