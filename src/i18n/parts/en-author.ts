/** What the author preview adds to the game's strings, in English. */
import author from '../../../locales/en/author.json';
import { authorStrings } from '../resources.js';

export default authorStrings(author);
