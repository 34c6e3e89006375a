/**
 * The preset's plugins as lists, for hosts that bring their own markdown
 * parser (Astro's `unified()` processor, Eleventy with `.md`).
 */

import {
  arabicNewsPluginLists,
  type ArabicNewsOptions,
  type ArabicNewsPluginLists,
  type HostPlugin
} from '../arabic-news.js'

export {arabicNewsPluginLists}
export type {ArabicNewsPluginLists, HostPlugin}

/** Options of the integrations: the preset's. */
export type IntegrationOptions = ArabicNewsOptions
