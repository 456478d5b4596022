import type { SiteHealth } from '@/lib/health/health';
import { t } from '@/lib/i18n/messages';

export function SiteHealthList({ sites }: { sites: SiteHealth[] }) {
  if (sites.length === 0) return <p className="empty">{t('health.noSite')}</p>;
  return (
    <ul className="health" data-testid="site-health">
      {sites.map((site) => (
        <li key={site.site} data-status={site.status} role={site.status === 'ok' ? undefined : 'alert'}>
          <span className="dot" aria-hidden="true" /> {site.message}
        </li>
      ))}
    </ul>
  );
}
