export function chromiumArgs(extensionDir: string): string[];
