import { useEffect, useState } from 'react';
import { storageProblem, type StorageProblem } from '@/lib/background/storage-problem';
import { t } from '@/lib/i18n/messages';

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
      {t('storage.full')}{' '}
      <a href="/options.html" target="_blank" rel="noreferrer">
        {t('storage.settings')}
      </a>
      .
    </p>
  );
}
