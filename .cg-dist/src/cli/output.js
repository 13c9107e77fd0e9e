/**
 * Exit codes of the `kamgraph` command (docs/cli.md): bad input (arguments,
 * files, rows) is told apart from a failure of the system.
 */
export const EXIT = { OK: 0, FAILURE: 1, BAD_INPUT: 2 };
export function cliOutput(json) {
    return {
        json,
        result(data, text) {
            process.stdout.write(json ? `${JSON.stringify(data)}\n` : `${text}\n`);
        },
        fail(code, message, details) {
            if (json)
                process.stdout.write(`${JSON.stringify({ error: message, ...(details ? { details } : {}) })}\n`);
            else
                process.stderr.write(`kamgraph: ${message}\n`);
            process.exitCode = code;
        },
    };
}
//# sourceMappingURL=output.js.map