/** The run's surroundings: who runs this code, the locks that keep this document's sends apart, an error's text for a log line. */
/** Who runs this code: the account a trigger belongs to, or the person at the sidebar. */
export function currentAccount(): string {
  return Session.getEffectiveUser().getEmail();
}

/**
 * The narrowest locks that serialise this document's digest: the user lock
 * always, and the document lock where there is one. A time-driven run may have
 * no document context — getDocumentLock() is then null, and no call reaches the
 * document lock of a spreadsheet opened by id — so the trigger holds the user
 * lock: its owner is the one sender the settings name, and the user lock keeps
 * that account's runs apart (its trigger and its own 今すぐ送信) without
 * touching any other account. In the sidebar the document lock also keeps two
 * editors of this document apart. The script lock is never taken: in a
 * published add-on it is one lock for every installation in every
 * municipality, all firing on the same morning.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * Returns the release, or null when a lock stays busy for the time given.
 */
export function acquireDigestLocks(timeoutMs: number): (() => void) | null {
  const locks = [LockService.getDocumentLock(), LockService.getUserLock()].filter((lock) => lock !== null);
  const held: GoogleAppsScript.Lock.Lock[] = [];
  const release = () => {
    for (const lock of held.reverse()) lock.releaseLock();
  };
  for (const lock of locks) {
    if (!lock.tryLock(timeoutMs)) {
      release();
      return null;
    }
    held.push(lock);
  }
  return release;
}

export function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}
