import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { applyRememberedTheme } from '@/components/shared/use-theme';
import '@/components/popup/popup.css';

applyRememberedTheme();
render(<Popup />, document.getElementById('app') as HTMLElement);
