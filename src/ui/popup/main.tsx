import { render } from 'preact';
import { commandShortcut, onSettingsChanged, openOptionsPage, settings } from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { KindSwitches } from '../../shared/settings';
import '../components/theme.css';
import './popup.css';
import { copyText } from './clipboard';
import { Popup } from './Popup';
import { connectToPage } from './tab-connection';

const openOptions = () => {
  void openOptionsPage();
  // In the toolbar popup, get out of the way of the options page; opened in a tab, stay.
  if (!new URLSearchParams(location.search).has('tabId')) close();
};

async function start() {
  document.title = t('extName');
  const app = document.getElementById('app')!;
  let shortcuts = { toggle: '', next: '' };
  let listed: KindSwitches | undefined;
  let listedKnown: Promise<void> = Promise.resolve();
  // The page's report is shown once the reader's listed categories are known, never before.
  const connect = () => listedKnown.then(() => connectToPage(location.search));
  const show = () => render(<Popup connect={connect} openOptions={openOptions} shortcuts={shortcuts} listed={listed} copy={copyText} />, app);
  const loadListed = () => settings.getOptions().then((o) => ((listed = o.listed), show()), () => undefined);
  listedKnown = loadListed();
  // Render at once (the browser sizes the popup from its first layout), then fill in what loads.
  show();
  const [toggle, next] = await Promise.all(['toggle-highlighting', 'next-finding'].map((c) => commandShortcut(c).catch(() => '')));
  shortcuts = { toggle, next };
  show();
  // A change made in Options while the popup is open (or pinned in a tab) applies at once.
  onSettingsChanged(() => void loadListed());
}

void start();
