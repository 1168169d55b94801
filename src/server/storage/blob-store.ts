import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a store returns after writing: where, how big, and the SHA-256 of the bytes. */
export type StoredBlob = { key: string; size: number; sha256: string };

/**
 * Where file bytes live. The local folder is the default; an S3-compatible store can implement the same
 * interface later. Keys are opaque to callers.
 */
export interface BlobStore {
  /** Streams `source` into the store, hashing as it goes. Throws (and leaves nothing behind) on failure. */
  put(source: Readable): Promise<StoredBlob>;
  /** Opens a stored blob for reading. */
  get(key: string): Promise<Readable>;
  /** Removes a blob (used to roll back a write whose record was refused). */
  delete(key: string): Promise<void>;
  /** Whether a blob is stored under `key`. */
  exists(key: string): Promise<boolean>;
}

/** BlobStore in a local folder: files are written to a temp name, fsynced, then renamed into place. */
export class LocalBlobStore implements BlobStore {
  constructor(private readonly root: string) {
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid blob key ${key}`);
    return path.join(this.root, key);
  }

  async put(source: Readable): Promise<StoredBlob> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const tmp = path.join(this.root, 'tmp', id);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    });
    // Open the temp file ourselves before streaming: once this resolves the file exists and we hold its handle,
    // so a failure at any later point can close and remove it (a lazily opened stream could create it after the
    // clean-up ran and leave an orphan behind).
    const handle = await fs.promises.open(tmp, 'wx').catch((err: unknown) => {
      source.destroy(); // nobody will read it now: release the upload instead of leaving it paused
      throw err;
    });
    // Written through the handle we own (a stream made by handle.createWriteStream would own the handle, and
    // closing it ourselves after the fsync would wait for that stream forever).
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        writeAll(handle, chunk).then(() => cb(), cb);
      },
      final(cb) {
        // A file the user gave us must survive a crash right after we answered "saved".
        handle.sync().then(() => cb(), cb);
      },
    });
    let closed = false;
    try {
      await pipeline(source, meter, out);
      closed = true;
      await handle.close();
      const final = this.pathOf(key);
      await fs.promises.mkdir(path.dirname(final), { recursive: true });
      await fs.promises.rename(tmp, final);
      // The rename itself is only durable once the directory entry is flushed.
      await syncDir(path.dirname(final));
    } catch (err) {
      if (!closed) await handle.close().catch(() => undefined);
      await fs.promises.rm(tmp, { force: true });
      throw err;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    // Opening first makes a missing blob fail here (ENOENT), not later in the middle of a response.
    const handle = await fs.promises.open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises
      .access(this.pathOf(key))
      .then(() => true)
      .catch(() => false);
  }
}

/** Writes the whole buffer (a write may be partial). */
async function writeAll(handle: fs.promises.FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** fsyncs a directory so that a rename into it survives a crash; not supported everywhere (Windows), hence best effort. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle
    .sync()
    .catch(() => undefined)
    .finally(() => handle.close());
}
