import { render } from 'preact';
import { commandShortcut, onSettingsChanged, settings } from '../../shared/browser';
import '../components/theme.css';
import './options.css';
import { Options } from './Options';

async function start() {
  const shortcut = await commandShortcut('toggle-highlighting').catch(() => '');
  render(<Options settings={settings} subscribe={(fn) => onSettingsChanged(() => fn())} shortcut={shortcut} />, document.getElementById('app')!);
}

void start();
