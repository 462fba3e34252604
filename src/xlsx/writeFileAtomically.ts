import { randomBytes } from "crypto";
import { chmod, rename, stat, unlink, writeFile } from "fs/promises";
import { basename, dirname, join } from "path";
import { WorkbookFileError } from "./workbookFileError";

/**
 * Writes a temporary file beside the target and renames it over the target: rename within one folder is
 * atomic, so readers see the old workbook or the new one, never half of one.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    // The replaced file keeps its permissions (a council's shared folder may rely on them).
    const existing = await stat(path).catch(() => undefined);
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new WorkbookFileError("file-not-writable", path, (error as NodeJS.ErrnoException).code);
  }
}
