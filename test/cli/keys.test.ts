import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The real `kamgraph` command (bin/kamgraph.mjs → dist), as a user runs it. */
const dir = mkdtempSync(join(tmpdir(), 'kamgraph-cli-'));
const file = join(dir, 'keys.json');
const run = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'kamgraph.mjs'), ...args], { encoding: 'utf8' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kamgraph keys', () => {
  it('creates a key shown once, lists it without the key, revokes it', () => {
    const created = run('keys', 'create', '--name', 'bi-export', '--role', 'ACCOUNT_VIEWER', '--accounts', 'acme,beta', '--file', file, '--json');
    expect(created.status).toBe(0);
    const { id, key, role, accounts } = JSON.parse(created.stdout);
    expect(key).toMatch(/^kg_[0-9a-f]{12}_/);
    expect({ role, accounts }).toEqual({ role: 'ACCOUNT_VIEWER', accounts: ['acme', 'beta'] });
    expect(readFileSync(file, 'utf8')).not.toContain(key);
    const list = JSON.parse(execFileSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'kamgraph.mjs'), 'keys', 'list', '--file', file, '--json'], { encoding: 'utf8' }));
    expect(list.keys).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(key);
    expect(run('keys', 'revoke', id, '--file', file).status).toBe(0);
    expect(JSON.parse(run('keys', 'list', '--file', file, '--json').stdout).keys[0].revokedAt).toBeTruthy();
  });

  it('exits 2 on bad input, with a message', () => {
    const badRole = run('keys', 'create', '--name', 'x', '--role', 'OWNER', '--file', file);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('ADMIN, EDITOR, VIEWER, ACCOUNT_VIEWER');
    const unscoped = run('keys', 'create', '--name', 'x', '--role', 'ACCOUNT_VIEWER', '--file', file);
    expect(unscoped.status).toBe(2);
    expect(run('keys', 'revoke', 'nope', '--file', file).status).toBe(2);
    expect(run('keys', 'frobnicate').status).toBe(2);
  });
});
