import { render } from 'preact';
import { commandShortcut, openOptionsPage } from '../../shared/browser';
import '../components/theme.css';
import './popup.css';
import { Popup } from './Popup';
import { connectToPage } from './tab-connection';

const connect = () => connectToPage(location.search);
const openOptions = () => {
  void openOptionsPage();
  // In the toolbar popup, get out of the way of the options page; opened in a tab, stay.
  if (!new URLSearchParams(location.search).has('tabId')) close();
};

async function start() {
  const shortcut = await commandShortcut('toggle-highlighting').catch(() => '');
  render(<Popup connect={connect} openOptions={openOptions} shortcut={shortcut} />, document.getElementById('app')!);
}

void start();
