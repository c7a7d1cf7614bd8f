/**
 * The author preview's wiring (author.html): trainers edit and play a scenario in the browser. The
 * Ink compiler loads only here, in the page's compile worker, never in the trainee's game.
 */
import '../ui/styles.css';
import './author.css';
import { listProfiles } from '../game/catalogue.js';
import { closestLocale, createTranslator } from '../i18n/translator.js';
import { startAuthorPage } from './author-page.js';

const root = document.getElementById('author');
if (root) {
  const uiLocale = closestLocale(navigator.languages);
  document.documentElement.lang = uiLocale;
  const t = createTranslator(uiLocale);
  document.title = t('ui.author.pageTitle');
  startAuthorPage({ root, t, uiLocale, profiles: listProfiles() });
}
