import { TmIndex, TmIndexBuilder } from '../memory/common/tmIndex.js';
import { readTmx } from '../memory/common/tmxRead.js';
import { loadCachedIndex } from '../memory/node/indexCache.js';
import { MemorySet } from '../memory/node/memoryStore.js';
import { MAX_INPUT_BYTES } from '../shared/formats/limits.js';
import { readInputBytes, resolveArg, type CliIo } from './io.js';

/**
 * The --tm files of a command as one {@link MemorySet}, each labelled with
 * the path as the user typed it. A file that cannot be read stops the
 * command with its file:line:column message. With `cacheDir`, indexes are
 * kept there between runs (memory/node/indexCache.ts).
 */
export async function loadMemories(io: CliIo, paths: readonly string[], cacheDir?: string): Promise<MemorySet> {
  const set = new MemorySet();
  for (const path of paths) set.addIndex(path, await loadMemory(io, path, cacheDir));
  return set;
}

/** One TMX file's index (streamed into the builder, never a tree or a list of units). */
export async function loadMemory(io: CliIo, path: string, cacheDir?: string): Promise<TmIndex> {
  const build = async () => {
    const bytes = await readInputBytes(io, path, MAX_INPUT_BYTES);
    const builder = new TmIndexBuilder();
    readTmx(bytes, path, (u) => builder.add(u));
    return builder.finish();
  };
  if (!cacheDir) return new TmIndex(await build());
  return loadCachedIndex(resolveArg(io, path), { dir: resolveArg(io, cacheDir) }, build);
}
