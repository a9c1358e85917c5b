import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { applyRememberedTheme } from '@/components/shared/use-theme';
import '@/components/options/options.css';

applyRememberedTheme();
render(<Options />, document.getElementById('app') as HTMLElement);
