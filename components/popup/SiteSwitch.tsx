import { browser } from 'wxt/browser';
import { addSiteUrl } from '../options/site-query';
import { Switch } from '../shared/Switch';
import type { ActiveSite } from './active-tab';

interface Props {
  site: ActiveSite | undefined;
  onToggle(host: string, enabled: boolean): void;
  error?: string;
}

/** Options' Sites section with this site already in the field (and focused): one click, then the browser asks. */
const openSitesOptions = (host: string) => {
  void browser.tabs.create({ url: addSiteUrl(browser.runtime.getURL('/options.html'), host) });
  window.close();
};

/** "GeoLens on this site": turns marking on or off for the current tab's site; the page follows at once. */
export function SiteSwitch({ site, onToggle, error }: Props) {
  if (!site || site.kind === 'none') return null;
  if (site.kind === 'unsupported') {
    return (
      <div class="site-bar">
        <span class="site-text">
          GeoLens does not run on <strong>{site.host}</strong>
        </span>
        <button type="button" class="link" onClick={() => openSitesOptions(site.host)}>
          Add this site…
        </button>
      </div>
    );
  }
  const on = site.kind === 'on';
  return (
    <div class="site-bar">
      <label class="site-text" for="site-switch">
        GeoLens on <strong>{site.host}</strong>
      </label>
      <Switch
        id="site-switch"
        checked={on}
        label={`GeoLens on ${site.host}`}
        onChange={(v) => onToggle(site.host, v)}
      />
      {error && (
        <p class="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
