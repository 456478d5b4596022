import { DATABASE_NAME, type DailyRow, type ReminderRow } from './schema';

/** The rows of the stores that the popup's headline figures are read from. */
export interface ReadableStores {
  daily: DailyRow;
  reminders: ReminderRow;
}

/**
 * The few reads the headline figures need, written once (lib/popup/summary.ts) for two ways in: the Dexie database
 * (lib/db/database.ts), and plain IndexedDB (`openStoreReader`) for the popup's first figures, which it shows
 * before Dexie's 100 KB have even loaded.
 */
export interface StoreReader {
  /** Rows by primary key, in the order asked; undefined where there is none. */
  getMany<S extends keyof ReadableStores>(store: S, keys: string[]): Promise<(ReadableStores[S] | undefined)[]>;
  /** How many rows have a value of `index` from `lower` to `upper`, both included. */
  countBetween(store: keyof ReadableStores, index: string, lower: IDBValidKey, upper: IDBValidKey): Promise<number>;
}

/** A request's result, once IndexedDB has it. */
function resultOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Opens FeedCoach's database read-only with plain IndexedDB; undefined when there is none yet (nothing was ever
 * stored). It never creates or upgrades the database: that is Dexie's, with its schema. The caller closes it.
 */
export function openStoreReader(name = DATABASE_NAME): Promise<(StoreReader & { close(): void }) | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    // Asked for no version, IndexedDB creates a missing database: abort that, and leave the creating to Dexie.
    request.onupgradeneeded = () => {
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (absent) resolve(undefined);
      else reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
    request.onsuccess = () => {
      const db = request.result;
      // Dexie, in the background or in this popup, may need to upgrade the schema: never stand in its way.
      db.onversionchange = () => db.close();
      const store = (name: keyof ReadableStores) => db.transaction(name, 'readonly').objectStore(name);
      resolve({
        getMany: <S extends keyof ReadableStores>(name: S, keys: string[]) => {
          const source = store(name);
          return Promise.all(keys.map((key) => resultOf(source.get(key) as IDBRequest<ReadableStores[S] | undefined>)));
        },
        countBetween: (name, index, lower, upper) => resultOf(store(name).index(index).count(IDBKeyRange.bound(lower, upper))),
        close: () => db.close(),
      });
    };
  });
}
