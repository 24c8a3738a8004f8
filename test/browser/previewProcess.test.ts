/** `npm start`: one command, prints its URL, honours PORT, stops cleanly on Ctrl-C. */
import { createServer } from 'node:net';
import { startPreviewProcess } from './support/previewProcess';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test('PORT is honoured, the URL printed, and Ctrl-C (SIGINT) stops it with exit code 0', async () => {
  const port = await freePort();
  const preview = await startPreviewProcess({ PORT: String(port) });
  try {
    expect(preview.url).toBe(`http://127.0.0.1:${port}/`);
    expect(preview.output()).toContain('Press Ctrl-C to stop.');
    const page = await fetch(preview.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<iframe id="sidebar" src="/sidebar"');
    const exited = new Promise<number | null>((resolve) => preview.child.once('exit', resolve));
    preview.child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(preview.output()).toContain('SIGINT: stopping the preview.');
    await expect(fetch(preview.url)).rejects.toThrow();
  } finally {
    // A failed expectation must not leave the server running (jest would never exit).
    await preview.stop();
  }
});

test.each(['eighty', '0x1F90', '8e3', ' 8080', '8080.0', '-1', '65536', ''])(
  'PORT %j is not a port number and is refused in words',
  async (port) => {
    await expect(startPreviewProcess({ PORT: port })).rejects.toThrow(
      `PORT is ${port}; enter a port number from 0 to 65535`,
    );
  },
);
