/**
 * The instructor dashboard's wiring (instructor.html): the page in the browser's language, with the
 * scenarios and profiles this build ships to name what the imported attempts played.
 */
import '../ui/styles.css';
import './dashboard.css';
import { listProfiles, listScenarios } from '../game/catalogue.js';
import { closestLocale } from '../i18n/translator.js';
import { startDashboard } from './dashboard-page.js';

const root = document.getElementById('dashboard');
if (root) startDashboard({ root, locale: closestLocale(navigator.languages), scenarios: listScenarios(), profiles: listProfiles() });
