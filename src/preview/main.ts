/**
 * `npm start`: builds, then runs this file (dist-node/preview.js). Serves the add-on on
 * localhost against the fake services; prints the URL; stops cleanly on Ctrl-C or SIGTERM.
 *
 *   PORT=8080 npm start                 # a fixed port (default: any free port)
 *   FUNNELMATH_LOCALE=zh_TW npm start   # the spreadsheet's locale (default en_US)
 */
import { join } from 'node:path';
import { startPreview } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT is ${process.env.PORT}; enter a port number from 0 to 65535`);
  }
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
