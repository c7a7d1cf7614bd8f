/** What the instructor dashboard adds to the game's strings, in English. */
import dashboard from '../../../locales/en/dashboard.json';
import { dashboardStrings } from '../resources.js';

export default dashboardStrings(dashboard);
