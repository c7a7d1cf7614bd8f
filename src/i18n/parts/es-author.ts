/** What the author preview adds to the game's strings, in Spanish. */
import author from '../../../locales/es/author.json';
import { authorStrings } from '../resources.js';

export default authorStrings(author);
