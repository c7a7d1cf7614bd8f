/**
 * The author preview's wiring (author.html): trainers edit and play a scenario in the browser. The
 * Ink compiler loads only here, in the page's compile worker, never in the trainee's game.
 */
import '../ui/styles.css';
import './author.css';
import { listProfiles } from '../game/catalogue.js';
import enAuthor from '../i18n/parts/en-author.js';
import enCore from '../i18n/parts/en-core.js';
import esAuthor from '../i18n/parts/es-author.js';
import esCore from '../i18n/parts/es-core.js';
import { closestLocale, createTranslator, registerPageStrings } from '../i18n/translator.js';
import { startAuthorPage } from './author-page.js';

// Every language at once: a trainer previews a scenario in each language it has.
registerPageStrings({ en: enCore, es: esCore }, { en: enAuthor, es: esAuthor });
const root = document.getElementById('author');
if (root) {
  const uiLocale = closestLocale(navigator.languages);
  document.documentElement.lang = uiLocale;
  const t = createTranslator(uiLocale);
  document.title = t('ui.author.pageTitle');
  startAuthorPage({ root, t, uiLocale, profiles: listProfiles() });
}
