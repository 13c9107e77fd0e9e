import 'reflect-metadata';
import { Command } from 'commander';
import { keysCommand } from '../cli/keys.command.js';
import { exchangeCommands } from '../cli/exchange.command.js';
import { seedCommand } from '../cli/seed.command.js';
import { cliOutput, EXIT } from '../cli/output.js';
/**
 * The `kamgraph` command (docs/cli.md). Each subcommand lives in
 * `src/cli/<name>.command.ts`; `--json` switches every one to one
 * machine-readable JSON document on stdout.
 */
const json = process.argv.includes('--json');
const out = cliOutput(json);
const program = new Command('kamgraph')
    .description('kamgraph: the key-account relationship graph — data in and out, keys')
    .option('--json', 'print one JSON document instead of human lines')
    .showHelpAfterError();
for (const c of exchangeCommands(out))
    program.addCommand(c);
program.addCommand(keysCommand(out));
program.addCommand(seedCommand(out));
/** commander's own refusals (unknown option, missing or invalid argument) are bad input, at every level */
function badInputExits(cmd) {
    cmd.exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT));
    for (const sub of cmd.commands)
        badInputExits(sub);
}
badInputExits(program);
try {
    await program.parseAsync(process.argv);
}
catch (e) {
    out.fail(EXIT.FAILURE, e instanceof Error ? e.message : String(e));
}
//# sourceMappingURL=kamgraph.js.map