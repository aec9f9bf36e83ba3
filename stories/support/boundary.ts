/** The message of the story widget that fails on purpose; the browser test allows exactly this console error. */
export const BOUNDARY_STORY_ERROR = 'Widget uji sengaja gagal dirender (cerita batas galat)';
