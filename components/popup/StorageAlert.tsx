import { useEffect, useState } from 'react';
import { storageProblem, type StorageProblem } from '@/lib/background/storage-problem';

/** Says plainly when the device has no room left for FeedCoach, and what to do; nothing stored so far is lost. */
export function StorageAlert() {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    void storageProblem.getValue().then(setProblem);
    return storageProblem.watch(setProblem);
  }, []);
  if (!problem) return null;
  return (
    <p role="alert" className="error" data-testid="storage-full">
      This device has no room left for FeedCoach’s history: new posts are not being saved (everything saved so far is safe). Export
      your data, then delete it or keep less history in <a href="/options.html" target="_blank" rel="noreferrer">settings</a>.
    </p>
  );
}
