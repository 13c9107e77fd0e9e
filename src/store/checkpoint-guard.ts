import { spawnSync } from 'node:child_process';
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A copy of the database file taken before every `CHECKPOINT` of a file
 * store, removed once the checkpoint returns (docs/decisions.md "Checkpoints
 * and kill -9").
 *
 * Why: LadybugDB 0.19.1 writes some pages of a checkpoint into the database
 * file before the checkpoint is committed. A process killed in that window
 * leaves the write-ahead log it was folding (`<db>.wal.checkpoint`) beside a
 * file whose primary-key hash index points at rows that are not there, and
 * the next open replays the log into it and dies (SIGSEGV in
 * `NodeTable::validatePkNotExists`). The same log replayed into the file as
 * it was before the checkpoint opens whole, with every committed write.
 */
export const preCheckpointPath = (dbPath: string) => `${dbPath}.pre-checkpoint`;
/** The write-ahead log an interrupted checkpoint was folding (the engine renames `<db>.wal` to this). */
export const frozenWalPath = (dbPath: string) => `${dbPath}.wal.checkpoint`;
/** Where the file an interrupted checkpoint left behind is kept after a restore, for inspection. */
export const interruptedPath = (dbPath: string) => `${dbPath}.interrupted-checkpoint`;

/** The file size the base checkpoint threshold was tuned on: scale M's store, 25 MiB. */
export const THRESHOLD_REFERENCE_BYTES = 25 * 1024 * 1024;

/**
 * The WAL size at which a guarded store checkpoints, for a database file of
 * `fileBytes` (docs/decisions.md "Checkpoints and kill -9", "Where to
 * checkpoint"). Each checkpoint costs the guard a copy of the file, in
 * proportion to its size C, shared by the n updates since the last one;
 * while they wait, each update gets slower in proportion to the updates
 * already waiting (a·n on average over a cycle, halved). C/n + a·n/2 is least
 * at n = √(2C/a): the threshold grows with the square root of the file. The
 * base (256 KiB) was tuned on scale M's 25 MiB file, so it is the threshold
 * up to that size; scale L's 180 MB file gets 2.6 times it.
 */
export function guardedCheckpointBytes(base: number, fileBytes: number, reference = THRESHOLD_REFERENCE_BYTES): number {
  return Math.round(base * Math.max(1, Math.sqrt(Math.max(0, fileBytes) / reference)));
}

function fsyncPath(path: string, flags = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the database file aside, durably, before a checkpoint. A copy that
 * already sits beside a frozen log belongs to an interrupted checkpoint whose
 * file may be damaged: it is kept, not replaced by a copy of that file.
 */
export function beforeCheckpoint(dbPath: string): void {
  if (!existsSync(dbPath)) return;
  const pre = preCheckpointPath(dbPath);
  if (existsSync(pre) && existsSync(frozenWalPath(dbPath))) return;
  // a reflink where the file system has them, a plain copy elsewhere (ext4: 12 ms at M, 70–90 ms at L)
  copyFileSync(dbPath, pre, constants.COPYFILE_FICLONE);
  fsyncPath(pre, 'r+');
  fsyncPath(dirname(pre));
}

/** The checkpoint returned: the file is whole again and the copy is not needed. */
export function afterCheckpoint(dbPath: string): void {
  if (existsSync(frozenWalPath(dbPath))) return; // the engine did not finish folding: keep the copy
  rmSync(preCheckpointPath(dbPath), { force: true });
}

/**
 * What opening found: nothing to recover; a checkpoint the engine recovered
 * by itself; one that had committed and been applied (its emptied shadow
 * file set aside); or one undone from the copy.
 */
export type CheckpointRecovery =
  | { kind: 'none' }
  | { kind: 'engine' }
  | { kind: 'applied'; probe: string }
  | { kind: 'restored'; probe: string }
  | { kind: 'failed'; probe: string };

interface EngineArgs {
  bufferPoolSize: number;
  maxDbSize: number;
}

/** Opens and closes the store in a child process, where a crash of the engine's recovery costs nothing. */
function probe(dbPath: string, args: EngineArgs): { ok: boolean; outcome: string } {
  const engine = pathToFileURL(createRequire(import.meta.url).resolve('@ladybugdb/core')).href;
  const script = [
    `import lbug from ${JSON.stringify(engine)};`,
    `const db = new lbug.Database(${JSON.stringify(dbPath)}, ${args.bufferPoolSize}, true, false, ${args.maxDbSize});`,
    'await db.init();',
    'await db.close();',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status === 0 && !existsSync(frozenWalPath(dbPath))) return { ok: true, outcome: 'opened' };
  // the engine's own message: "[Error: Runtime exception: …]" under node's stack print
  const message = (run.stderr ?? '').split('\n').find((l) => /\w+ exception:/.test(l))?.trim() ?? '';
  return { ok: false, outcome: run.signal ? `killed by ${run.signal}` : `exit ${run.status}: ${message}` };
}

const fileBytes = (path: string) => statSync(path, { throwIfNoEntry: false })?.size;

/**
 * Before the engine opens a file store whose last checkpoint was interrupted
 * (a frozen log is there). Observed with LadybugDB 0.19.1 and handled in
 * this order:
 * 1. the engine recovers it (tried in a child process): done;
 * 2. the checkpoint had committed and been applied, and the engine stops at
 *    the shadow file it had already emptied ("Database ID for temporary
 *    file"): the file is whole, so the frozen log and the empty shadow file
 *    are set aside;
 * 3. otherwise (the replay dies in the primary-key index the checkpoint had
 *    half written): the copy taken before the checkpoint goes back (the
 *    damaged file is kept as `<db>.interrupted-checkpoint`), and the engine
 *    replays the frozen log into it when the store opens.
 * A copy without a frozen log is stale (that checkpoint finished, or never
 * started) and is removed.
 */
export function recoverInterruptedCheckpoint(dbPath: string, args: EngineArgs): CheckpointRecovery {
  const pre = preCheckpointPath(dbPath);
  const frozen = frozenWalPath(dbPath);
  const shadow = `${dbPath}.shadow`;
  if (!existsSync(frozen) || !existsSync(dbPath)) {
    rmSync(pre, { force: true });
    return { kind: 'none' };
  }
  const first = probe(dbPath, args);
  if (first.ok) {
    rmSync(pre, { force: true });
    return { kind: 'engine' };
  }
  if (fileBytes(shadow) === 0 && /temporary file/i.test(first.outcome)) {
    renameSync(frozen, `${interruptedPath(dbPath)}.wal`);
    rmSync(shadow, { force: true });
    fsyncPath(dirname(dbPath));
    const second = probe(dbPath, args);
    if (second.ok) {
      rmSync(pre, { force: true });
      return { kind: 'applied', probe: first.outcome };
    }
    renameSync(`${interruptedPath(dbPath)}.wal`, frozen); // not that case after all: back as it was
  }
  if (!existsSync(pre)) return { kind: 'failed', probe: first.outcome };
  rmSync(interruptedPath(dbPath), { force: true });
  renameSync(dbPath, interruptedPath(dbPath));
  copyFileSync(pre, dbPath);
  // shadow pages belong to the checkpoint being undone (an empty one even stops the open: "Database ID for temporary file")
  rmSync(shadow, { force: true });
  fsyncPath(dbPath, 'r+');
  fsyncPath(dirname(dbPath));
  // the copy stays until the replayed log is checkpointed (LadybugStore.init)
  return { kind: 'restored', probe: first.outcome };
}

/** Bytes of write-ahead log the engine will replay at open: the active log and a frozen one. */
export function logBytesAtOpen(dbPath: string): number {
  let n = 0;
  for (const p of [`${dbPath}.wal`, frozenWalPath(dbPath)]) {
    try {
      n += statSync(p).size;
    } catch {
      /* absent */
    }
  }
  return n;
}
