/** Every key this app writes to browser storage starts with this (mains drafts, review outbox and session). */
export const LOCAL_DATA_PREFIX = "dossier";

type KeyedStorage = Pick<Storage, "length" | "key" | "removeItem">;

/**
 * Forgets this app's data in the given storages: on a shared computer, the next person to sign in
 * must not see the last one's drafts or send their unsent answers.
 */
export function clearLocalData(storages: readonly KeyedStorage[]): number {
  let removed = 0;
  for (const storage of storages) {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(LOCAL_DATA_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    removed += keys.length;
  }
  return removed;
}
