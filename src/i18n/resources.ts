/** Every string that is not scenario prose, in every language Good Call ships. */
import enRules from '../../locales/en/rules.json';
import enUi from '../../locales/en/ui.json';
import esRules from '../../locales/es/rules.json';
import esUi from '../../locales/es/ui.json';

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const RESOURCES = {
  en: { translation: { ui: enUi, rules: enRules } },
  es: { translation: { ui: esUi, rules: esRules } },
} as const;
