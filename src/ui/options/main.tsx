import { render } from 'preact';
import { commandShortcut, onSettingsChanged, settings } from '../../shared/browser';
import { t } from '../../shared/i18n';
import '../components/theme.css';
import './options.css';
import { Options } from './Options';

async function start() {
  document.title = t('options_title');
  const [toggle, next] = await Promise.all(['toggle-highlighting', 'next-finding'].map((c) => commandShortcut(c).catch(() => '')));
  render(<Options settings={settings} subscribe={(fn) => onSettingsChanged(() => fn())} shortcuts={{ toggle, next }} />, document.getElementById('app')!);
}

void start();
