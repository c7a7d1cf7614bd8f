// Every test translates as the command line does: with every language and part registered.
import { registerAllLocales } from '../../src/i18n/all-locales.js';

registerAllLocales();
