/**
 * The preview server (npm run preview) answers only this machine's own pages:
 * a foreign Host (DNS rebinding) and a foreign or missing Origin on a
 * state-changing request are refused.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { type Preview, startPreview } from '../../dev/preview/server';
import { EXAMPLE } from '../support/cli';
import { tempDir } from '../support/xlsx';

let preview: Preview;
let port: number;

beforeAll(async () => {
  preview = await startPreview({ workbook: EXAMPLE, outDir: join(tempDir(), 'out') });
  port = Number(new URL(preview.url).port);
});

afterAll(() => preview.close());

function call(method: string, path: string, headers: Record<string, string>, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('its own Host is served; a foreign Host is refused, even for a read', async () => {
  expect(await call('GET', '/api/state', { Host: `127.0.0.1:${port}` })).toBe(200);
  expect(await call('GET', '/api/state', { Host: `localhost:${port}` })).toBe(200);
  expect(await call('GET', '/api/state', { Host: `attacker.example:${port}` })).toBe(403);
});

test('a state-changing request needs this server’s own Origin', async () => {
  const host = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' };
  expect(await call('POST', '/rpc/sidebarValidate', { ...host, Origin: `http://127.0.0.1:${port}` }, '[]')).toBe(200);
  expect(await call('POST', '/rpc/sidebarValidate', { ...host, Origin: 'https://attacker.example' }, '[]')).toBe(403);
  expect(await call('POST', '/rpc/sidebarValidate', host, '[]')).toBe(403);
  expect(await call('POST', '/api/save', { ...host, Origin: 'null' }, '{}')).toBe(403);
});
