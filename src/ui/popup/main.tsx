import { render } from 'preact';
import { commandShortcut, onSettingsChanged, openOptionsPage, settings } from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { KindSwitches } from '../../shared/settings';
import '../components/theme.css';
import './popup.css';
import { copyText } from './clipboard';
import { Popup } from './Popup';
import { connectToPage } from './tab-connection';

const connect = () => connectToPage(location.search);
const openOptions = () => {
  void openOptionsPage();
  // In the toolbar popup, get out of the way of the options page; opened in a tab, stay.
  if (!new URLSearchParams(location.search).has('tabId')) close();
};

async function start() {
  document.title = t('extName');
  const [toggle, next] = await Promise.all(['toggle-highlighting', 'next-finding'].map((c) => commandShortcut(c).catch(() => '')));
  const app = document.getElementById('app')!;
  const show = (listed?: KindSwitches) =>
    render(<Popup connect={connect} openOptions={openOptions} shortcuts={{ toggle, next }} listed={listed} copy={copyText} />, app);
  const load = () => settings.getOptions().then((o) => show(o.listed), () => show());
  await load();
  // A change made in Options while the popup is open (or pinned in a tab) applies at once.
  onSettingsChanged(() => void load());
}

void start();
