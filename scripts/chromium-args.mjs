// The flags every Chromium run of ours needs: load the unpacked extension (and only it), run as
// root in a sandbox-less container, and make no background connections (the machine has no
// network, and an extension test must see only the page's own requests).
/** @param {string} extensionDir */
export function chromiumArgs(extensionDir) {
  return [
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
