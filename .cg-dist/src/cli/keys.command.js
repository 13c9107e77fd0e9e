import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { ROLES } from '../auth/identity.js';
import { createKey, readKeys, revokeKey } from '../auth/keys.js';
import { EXIT } from './output.js';
const role = (v) => {
    if (!ROLES.includes(v))
        throw new InvalidArgumentError(`one of ${ROLES.join(', ')}`);
    return v;
};
/**
 * `kamgraph keys create|list|revoke` (docs/access.md "API keys"): works on
 * the keys file (KAMGRAPH_KEYS_FILE, or `--file`), which a running server
 * re-reads within a second, so no restart is needed.
 */
export function keysCommand(out) {
    const keys = new Command('keys').description('create, list and revoke API keys for programs');
    const file = (opts) => opts.file ?? loadConfig().auth.keysFile;
    keys.command('create')
        .description('create a key; it is printed once and only its hash is kept')
        .requiredOption('--name <name>', 'who or what uses the key (e.g. bi-export)')
        .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, role)
        .option('--accounts <ids>', 'comma-separated root account ids (EDITOR, ACCOUNT_VIEWER)', (v) => v.split(',').map((s) => s.trim()).filter(Boolean))
        .option('--person <id>', 'the person (one of ours) the key acts as: their account teams widen an ACCOUNT_VIEWER')
        .option('--file <path>', 'keys file (default KAMGRAPH_KEYS_FILE or <db path>.keys.json)')
        .action((opts) => {
        if (opts.role === 'ACCOUNT_VIEWER' && !opts.accounts?.length && !opts.person) {
            out.fail(EXIT.BAD_INPUT, 'an ACCOUNT_VIEWER key needs --accounts or --person, or it can see no account');
            return;
        }
        const { entry, key } = createKey(file(opts), { name: opts.name, role: opts.role, accounts: opts.accounts ?? null, personId: opts.person ?? null });
        out.result({ id: entry.id, name: entry.name, role: entry.role, accounts: entry.accounts, person: entry.personId, key }, `created key ${entry.id} (${entry.role}) for ${entry.name}\n\n  ${key}\n\nStore it now: it is not shown again. Send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>".`);
    });
    keys.command('list')
        .description('list keys (never the keys themselves)')
        .option('--file <path>', 'keys file')
        .action((opts) => {
        const all = readKeys(file(opts)).map(({ hash: _hash, ...k }) => k);
        out.result({ keys: all }, all.length
            ? all.map((k) => `${k.id}  ${k.role.padEnd(14)} ${k.name}${k.accounts ? `  accounts=${k.accounts.join(',')}` : ''}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}`).join('\n')
            : 'no keys');
    });
    keys.command('revoke')
        .description('revoke a key by id; requests with it are refused within a second')
        .argument('<id>', 'the key id (from create or list)')
        .option('--file <path>', 'keys file')
        .action((id, opts) => {
        if (!revokeKey(file(opts), id))
            out.fail(EXIT.BAD_INPUT, `no active key with id ${id}`);
        else
            out.result({ revoked: id }, `revoked key ${id}`);
    });
    return keys;
}
//# sourceMappingURL=keys.command.js.map