// The one module that touches the WebExtension API. Everything else asks through these typed
// functions, so the message shapes in messages.ts are enforced at every send and every receive.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { isFromContent, isToBackground, isToContent } from './messages';
import type { BackgroundRequest, BackgroundResponses, ContentRequest, ContentResponses, FromContent, ToBackground, ToContent } from './messages';
import { setMessageLookup } from './i18n';
import { createSettings } from './settings';
import type { StorageArea } from './settings';
import type { BadgeTone, ToolbarState } from './toolbar';

// UI strings: the browser picks the reader's language from public/_locales.
setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));

// Settings live in storage.sync; storage.local is where version 1 kept them (the background migrates them).
export const settings = createSettings(browser.storage.sync as unknown as StorageArea, browser.storage.local as unknown as StorageArea);

/** Ask the content script of a tab. Rejects when the tab has none (browser pages, stores). */
export function askTab<T extends ToContent['type']>(tabId: number, message: ContentRequest<T>): Promise<ContentResponses[T]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ContentResponses[T]>;
}

/** Content script → background and open extension pages. No listener is not an error. */
export async function tellExtension(message: FromContent): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // Nobody listening (the service worker is starting, no popup open): the next report repairs it.
  }
}

/** Content script: ask the background. Rejects when it cannot answer (the extension was reloaded). */
export function askBackground<T extends ToBackground['type']>(message: BackgroundRequest<T>): Promise<BackgroundResponses[T]> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundResponses[T]>;
}

type BackgroundHandlers = { [T in ToBackground['type']]: (message: BackgroundRequest<T>) => BackgroundResponses[T] | Promise<BackgroundResponses[T]> };

/** Background: answer content scripts' requests through one map of handlers. */
export function serveBackgroundRequests(handlers: BackgroundHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown): Promise<unknown> | undefined => {
    if (!isToBackground(message)) return undefined;
    const handler = handlers[message.type] as (m: ToBackground) => unknown;
    return Promise.resolve().then(() => handler(message));
  });
}

type ContentHandlers = { [T in ToContent['type']]: (message: ContentRequest<T>) => ContentResponses[T] | Promise<ContentResponses[T]> };

/** Content script: answer the popup and background through one map of handlers. */
export function serveContentRequests(handlers: ContentHandlers): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isToContent(message)) return undefined;
    const handler = handlers[message.type] as (m: ToContent) => unknown;
    return Promise.resolve().then(() => handler(message));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Background and popup: hear reports from content scripts, with the tab they came from. */
export function onContentReport(listener: (message: FromContent, tabId: number | undefined) => void): () => void {
  const wrapped = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (isFromContent(message)) listener(message, sender.tab?.id);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

/** The keys of storage.sync (the settings) that changed, for any listener that re-reads settings. */
export function onSettingsChanged(listener: (keys: string[]) => void): () => void {
  const wrapped = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync') listener(Object.keys(changes));
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}

const BADGE_COLORS: Record<BadgeTone, string> = { count: '#8a4b08', neutral: '#5f6368', error: '#b3261e' };

/** The toolbar button of one tab: badge text, its colour, and the title (tooltip, accessible name). */
export async function setToolbar(tabId: number, state: ToolbarState): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: state.badge }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[state.tone] }),
    browser.action.setTitle({ tabId, title: state.title }),
  ]);
}

export async function initBadgeStyle(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS.count });
  // Not every browser version has a badge text colour; the default (white) is what we want anyway.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
}

/** The tab the reader is looking at. Needs no permission: only the id is read, never the URL. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onCommand(listener: (command: string) => void): void {
  browser.commands.onCommand.addListener(listener);
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The keyboard shortcut the browser has bound to a command ('' when the reader removed it). */
export async function commandShortcut(name: string): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === name)?.shortcut ?? '';
}

export const extensionUrl = (path: string) => browser.runtime.getURL(path);
