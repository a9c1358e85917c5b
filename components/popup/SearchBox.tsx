import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { SearchResult } from '@/utils/messaging/views';
import { ScoreBadge } from '../shared/ScoreBadge';

interface Props {
  /** Adds a company; resolves when it is in the watchlist. */
  onAdd(result: SearchResult): Promise<void>;
  /** Ids already watched (a suggestion says so instead of offering to add). */
  watched: ReadonlySet<string>;
}

/** Wait this long after the last keystroke before searching (ms): fast typists get one search, not five. */
const SEARCH_DEBOUNCE_MS = 90;
const LIMIT = 8;

/**
 * Search-to-add, an ARIA 1.2 combobox with a listbox popup: type a ticker or a name, move through the suggestions
 * with the arrow keys (Home/End too), Enter adds the highlighted one, Escape closes the list (a second Escape clears
 * the field). Focus stays in the field throughout; the active option is announced through aria-activedescendant.
 */
export function SearchBox({ onAdd, watched }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const token = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const mine = ++token.current;
    if (!text.trim()) {
      setResults([]);
      setOpen(false);
      setActive(-1);
      setStatus('');
      return;
    }
    timer.current = window.setTimeout(async () => {
      try {
        const found = await sendMessage('searchEntities', { query: text, limit: LIMIT });
        if (mine !== token.current) return;
        setResults(found);
        setOpen(true);
        setActive(found.length > 0 ? 0 : -1);
        setError(undefined);
        setStatus(
          found.length === 0
            ? `No company matches “${text.trim()}”.`
            : `${found.length} suggestion${found.length === 1 ? '' : 's'}.`,
        );
      } catch (err) {
        if (mine !== token.current) return;
        setError(err instanceof Error ? err.message : String(err));
        setOpen(false);
      }
    }, SEARCH_DEBOUNCE_MS);
  };

  const pick = async (result: SearchResult | undefined) => {
    if (!result) return;
    if (watched.has(result.entityId)) {
      setStatus(`${result.shortName} is already in your watchlist.`);
      return;
    }
    try {
      await onAdd(result);
      token.current++;
      setQuery('');
      setResults([]);
      setOpen(false);
      setActive(-1);
      setStatus(`Added ${result.shortName} to the watchlist.`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = results.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open && query.trim()) setOpen(true);
        if (n > 0) setActive((i) => (i + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n > 0) setActive((i) => (i <= 0 ? n - 1 : i - 1));
        break;
      case 'Home':
      case 'End':
        if (open && n > 0) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : n - 1);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          e.preventDefault();
          void pick(results[active]);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
        } else if (query) {
          e.preventDefault();
          setQuery('');
          search('');
        }
        break;
    }
  };

  const activeId = open && active >= 0 && results[active] ? `suggestion-${results[active].entityId}` : undefined;

  return (
    <div class="search">
      <label for="search-input" class="sr-only">
        Add a company to the watchlist
      </label>
      <div class="search-field">
        <svg class="search-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" />
          <path d="M10.5 10.5L14 14" />
        </svg>
        <input
          id="search-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          placeholder="Add a company: ticker or name"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls="search-listbox"
          aria-activedescendant={activeId}
          aria-describedby="search-status"
          value={query}
          onInput={(e) => {
            const text = (e.currentTarget as HTMLInputElement).value;
            setQuery(text);
            search(text);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => results.length > 0 && query.trim() && setOpen(true)}
        />
      </div>
      <div
        id="search-listbox"
        role="listbox"
        aria-label="Companies"
        class="suggestions"
        hidden={!open || results.length === 0}
      >
        {results.map((r, i) => {
          const isWatched = watched.has(r.entityId);
          return (
            <div
              key={r.entityId}
              id={`suggestion-${r.entityId}`}
              role="option"
              // Focus stays in the field (aria-activedescendant); -1 only makes the option focusable by script.
              tabIndex={-1}
              aria-selected={i === active}
              aria-disabled={isWatched}
              class={i === active ? 'suggestion active' : 'suggestion'}
              data-entity={r.entityId}
              // mousedown, not click: the field keeps focus (blur would close the list first).
              onMouseDown={(e) => {
                e.preventDefault();
                void pick(r);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span class="who">
                <span class="name">{r.shortName}</span>
                <span class="sub">
                  {r.ticker ? `${r.ticker}${r.exchange ? ` · ${r.exchange}` : ''}` : 'Private'}
                  {(r.rank === 'name-prefix' || r.rank === 'word-prefix') &&
                  r.matched !== r.shortName &&
                  r.matched !== r.name
                    ? ` · “${r.matched}”`
                    : ''}
                </span>
              </span>
              {isWatched ? (
                <span class="watching">In watchlist</span>
              ) : (
                <ScoreBadge score={r.score} band={r.band} assessed={r.assessed !== false} />
              )}
            </div>
          );
        })}
      </div>
      {open && results.length === 0 && (
        <p class="suggestions none">
          No company matches “{query.trim()}”. Try a ticker (NVDA) or the start of a name (Nvid).
        </p>
      )}
      <p id="search-status" class="sr-only" aria-live="polite">
        {status}
      </p>
      {error && (
        <p class="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
