/**
 * The instructor dashboard's wiring (instructor.html): the page in the browser's language, with the
 * scenarios and profiles this build ships to name what the imported attempts played.
 */
import '../ui/styles.css';
import './dashboard.css';
import { listProfiles, listScenarios } from '../game/catalogue.js';
import enCore from '../i18n/parts/en-core.js';
import enDashboard from '../i18n/parts/en-dashboard.js';
import esCore from '../i18n/parts/es-core.js';
import esDashboard from '../i18n/parts/es-dashboard.js';
import { closestLocale, registerPageStrings } from '../i18n/translator.js';
import { startDashboard } from './dashboard-page.js';

// Every language at once: an instructor switches between them as they go.
registerPageStrings({ en: enCore, es: esCore }, { en: enDashboard, es: esDashboard });
const root = document.getElementById('dashboard');
if (root) startDashboard({ root, locale: closestLocale(navigator.languages), scenarios: listScenarios(), profiles: listProfiles() });
