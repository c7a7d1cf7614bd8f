/** What the instructor dashboard adds to the game's strings, in Spanish. */
import dashboard from '../../../locales/es/dashboard.json';
import { dashboardStrings } from '../resources.js';

export default dashboardStrings(dashboard);
