/**
 * Every string that is not scenario prose, in every language Good Call ships. The UI's strings are
 * split by feature (`ui.audio.*` lives in `audio.json`, and so on) so each file stays readable.
 */
import enAudio from '../../locales/en/audio.json';
import enAuthor from '../../locales/en/author.json';
import enDashboard from '../../locales/en/dashboard.json';
import enExports from '../../locales/en/exports.json';
import enInstructor from '../../locales/en/instructor.json';
import enKnowledge from '../../locales/en/knowledge.json';
import enLms from '../../locales/en/lms.json';
import enRefresher from '../../locales/en/refresher.json';
import enRules from '../../locales/en/rules.json';
import enStorage from '../../locales/en/storage.json';
import enUi from '../../locales/en/ui.json';
import esAudio from '../../locales/es/audio.json';
import esAuthor from '../../locales/es/author.json';
import esDashboard from '../../locales/es/dashboard.json';
import esExports from '../../locales/es/exports.json';
import esInstructor from '../../locales/es/instructor.json';
import esKnowledge from '../../locales/es/knowledge.json';
import esLms from '../../locales/es/lms.json';
import esRefresher from '../../locales/es/refresher.json';
import esRules from '../../locales/es/rules.json';
import esStorage from '../../locales/es/storage.json';
import esUi from '../../locales/es/ui.json';

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const RESOURCES = {
  en: {
    translation: {
      ui: {
        ...enUi,
        audio: enAudio,
        storage: enStorage,
        author: enAuthor,
        exports: enExports,
        instructor: enInstructor,
        dashboard: enDashboard,
        lms: enLms,
        refresher: enRefresher,
        knowledge: enKnowledge,
      },
      rules: enRules,
    },
  },
  es: {
    translation: {
      ui: {
        ...esUi,
        audio: esAudio,
        storage: esStorage,
        author: esAuthor,
        exports: esExports,
        instructor: esInstructor,
        dashboard: esDashboard,
        lms: esLms,
        refresher: esRefresher,
        knowledge: esKnowledge,
      },
      rules: esRules,
    },
  },
} as const;
