import { useEffect, useState } from 'preact/hooks';
import { clearStorageIssues, loadStorageIssues, type StorageIssue, storageIssuesItem } from '@/utils/storage';
import { useSettings } from '../shared/use-settings';
import { useThemeClass } from '../shared/use-theme';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { DetectionSection } from './DetectionSection';
import { SitesSection } from './SitesSection';
import { SourcesSection } from './SourcesSection';
import { WeightsSection } from './WeightsSection';

const SECTIONS = [
  ['sources', 'Data sources'],
  ['weights', 'Score weights'],
  ['sites', 'Sites'],
  ['detection', 'Detection'],
  ['appearance', 'Appearance'],
  ['backup', 'Back up and reset'],
] as const;

export function Options() {
  const [settings, save] = useSettings();
  useThemeClass(settings?.theme);
  const [issues, setIssues] = useState<StorageIssue[]>([]);
  useEffect(() => {
    const load = () => void loadStorageIssues().then(setIssues);
    load();
    return storageIssuesItem.watch(load);
  }, []);

  // A link such as options.html#sites (from the popup) lands on its section once the page has rendered.
  useEffect(() => {
    if (settings && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [settings !== undefined]);

  return (
    <div class="layout">
      <nav class="toc" aria-label="Sections">
        <p class="brand">
          <img src="/icon/32.png" alt="" width="24" height="24" /> GeoLens
        </p>
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options">
        <h1>GeoLens options</h1>
        <p class="muted lead">Changes save as you make them and apply everywhere at once.</p>
        {issues.length > 0 && (
          <div class="notice" role="status">
            <strong>Some stored data could not be read, so GeoLens kept the valid rest.</strong>
            <ul>
              {issues.map((i) => (
                <li key={`${i.at}-${i.message}`}>
                  {i.item}: {i.message}
                  {i.raw && <code>{i.raw}</code>}
                </li>
              ))}
            </ul>
            <button type="button" class="button small" onClick={() => void clearStorageIssues()}>
              Dismiss
            </button>
          </div>
        )}
        <SourcesSection />
        {!settings ? (
          <p class="muted">Loading your settings…</p>
        ) : (
          <>
            <WeightsSection settings={settings} save={save} />
            <SitesSection settings={settings} save={save} />
            <DetectionSection settings={settings} save={save} />
            <AppearanceSection settings={settings} save={save} />
            <BackupSection settings={settings} save={save} />
          </>
        )}
      </main>
    </div>
  );
}
