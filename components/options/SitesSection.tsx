import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SITES, parseSiteInput, userSitePattern } from '@/utils/sites';
import { isSiteEnabled, type Settings, siteKey, withSiteEnabled } from '@/utils/storage';
import { Switch } from '../shared/Switch';
import type { SaveResult } from '../shared/use-settings';
import { SavedStatus, type SaveState, saveStateOf } from './SavedStatus';
import { siteFromQuery } from './site-query';

interface Props {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<SaveResult>;
}

/** Where GeoLens runs: the default list with a switch each, and the sites the user added (with their access). */
export function SitesSection({ settings, save }: Props) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // From the popup's "Add this site…": the tab's site, ready to add.
  const [fromTab] = useState(() => siteFromQuery(location.search));
  const [input, setInput] = useState(fromTab ?? '');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fromTab) field.current?.focus();
  }, []);
  const [addState, setAddState] = useState<SaveState>({ kind: 'idle' });
  const [access, setAccess] = useState<Record<string, boolean>>({});

  const hosts = settings.userSites.map((s) => s.host).join(',');
  useEffect(() => {
    let live = true;
    const check = async () => {
      const entries = await Promise.all(
        settings.userSites.map(
          async (s) =>
            [
              s.host,
              await browser.permissions.contains({ origins: [userSitePattern(s.host)] }).catch(() => false),
            ] as const,
        ),
      );
      if (live) setAccess(Object.fromEntries(entries));
    };
    void check();
    const recheck = () => void check();
    browser.permissions.onAdded.addListener(recheck);
    browser.permissions.onRemoved.addListener(recheck);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(recheck);
      browser.permissions.onRemoved.removeListener(recheck);
    };
  }, [hosts]);

  const toggle = async (host: string, enabled: boolean) =>
    setState(saveStateOf(await save((s) => ({ disabledSites: withSiteEnabled(s.disabledSites, host, enabled) }))));

  // Called straight from the click: permissions.request needs the user's gesture, so nothing async comes first.
  const add = (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setAddState({ kind: 'invalid', message: parsed.message });
      return;
    }
    if (settings.userSites.some((s) => s.host === parsed.host)) {
      setAddState({ kind: 'invalid', message: `${parsed.host} is already on your list.` });
      return;
    }
    void requestAndAdd(parsed.host);
  };

  const requestAndAdd = async (host: string) => {
    try {
      const granted = await browser.permissions.request({ origins: [userSitePattern(host)] });
      if (!granted) {
        setAddState({ kind: 'invalid', message: `Access to ${host} was not granted, so it was not added.` });
        return;
      }
      const result = await save((s) => ({
        userSites: s.userSites.some((u) => u.host === host)
          ? s.userSites
          : [...s.userSites, { host, addedAt: Date.now() }],
      }));
      setAddState(result.ok ? { kind: 'saved' } : saveStateOf(result));
      if (result.ok) setInput('');
    } catch (err) {
      setAddState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const grant = async (host: string) => {
    try {
      await browser.permissions.request({ origins: [userSitePattern(host)] });
    } catch (err) {
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const removeSite = async (host: string) => {
    await browser.permissions.remove({ origins: [userSitePattern(host)] }).catch(() => false);
    setState(
      saveStateOf(
        await save((s) => ({
          userSites: s.userSites.filter((u) => u.host !== host),
          disabledSites: s.disabledSites.filter((d) => siteKey(d) !== host),
        })),
      ),
    );
  };

  const known = new Set([...DEFAULT_SITES.map((s) => s.host), ...settings.userSites.map((s) => s.host)]);
  const elsewhere = settings.disabledSites.filter((d) => !known.has(siteKey(d)));

  return (
    <section id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <p class="muted">
        GeoLens reads only these sites. A site turned off stays untouched: no marks, no cards. The switch in the popup
        does the same for the site you are on.
      </p>

      <h3>Your sites</h3>
      {settings.userSites.length === 0 ? (
        <p class="muted">None yet. Add a site below; your browser asks you to allow GeoLens there.</p>
      ) : (
        <ul class="site-list" aria-label="Sites you added">
          {settings.userSites.map((s) => (
            <li key={s.host} class="site" data-host={s.host}>
              <span class="site-host">{s.host}</span>
              {access[s.host] === false ? (
                <button type="button" class="button small warn" onClick={() => void grant(s.host)}>
                  Allow access…
                </button>
              ) : (
                <span class="muted small">{access[s.host] ? 'Access allowed' : ''}</span>
              )}
              <Switch
                checked={isSiteEnabled(settings, s.host)}
                label={`GeoLens on ${s.host}`}
                onChange={(v) => void toggle(s.host, v)}
              />
              <button type="button" class="button small" onClick={() => void removeSite(s.host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline add-site" onSubmit={add}>
        <label for="add-site" class="sr-only">
          Site to add
        </label>
        <input
          ref={field}
          id="add-site"
          type="text"
          placeholder="example.com or a page’s address"
          value={input}
          aria-invalid={addState.kind === 'invalid'}
          aria-describedby={fromTab && input === fromTab ? 'add-site-status add-site-from-tab' : 'add-site-status'}
          onInput={(e) => {
            setInput((e.currentTarget as HTMLInputElement).value);
            setAddState({ kind: 'idle' });
          }}
        />
        <button type="submit" class="button">
          Add site
        </button>
        <SavedStatus id="add-site-status" state={addState} />
      </form>
      {fromTab && input === fromTab && (
        <p class="muted small" id="add-site-from-tab">
          The site of the tab you were on. Choose “Add site”; your browser then asks you to allow GeoLens there.
        </p>
      )}

      <h3>Default sites</h3>
      <ul class="site-list columns" aria-label="Default sites">
        {DEFAULT_SITES.map((s) => (
          <li key={s.pattern} class="site" data-host={s.host}>
            <span class="site-host">
              {s.host}
              {s.local && <span class="muted small"> (local pages: the demo)</span>}
            </span>
            <Switch
              checked={isSiteEnabled(settings, s.host)}
              label={`GeoLens on ${s.host}`}
              onChange={(v) => void toggle(s.host, v)}
            />
          </li>
        ))}
      </ul>
      {elsewhere.length > 0 && (
        <>
          <h3>Turned off from the popup</h3>
          <ul class="site-list" aria-label="Other sites turned off">
            {elsewhere.map((d) => (
              <li key={d} class="site" data-host={d}>
                <span class="site-host">{d}</span>
                <button type="button" class="button small" onClick={() => void toggle(d, true)}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <SavedStatus id="sites-status" state={state} />
    </section>
  );
}
