/** The version of `manifest.json`'s format. */
export const MANIFEST_VERSION = 1;
