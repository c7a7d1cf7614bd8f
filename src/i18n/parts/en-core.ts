/** Everything the game page says, in English: the one file of strings a trainee's page downloads. */
import audio from '../../../locales/en/audio.json';
import exports from '../../../locales/en/exports.json';
import instructor from '../../../locales/en/instructor.json';
import knowledge from '../../../locales/en/knowledge.json';
import liveReload from '../../../locales/en/live-reload.json';
import lms from '../../../locales/en/lms.json';
import refresher from '../../../locales/en/refresher.json';
import rules from '../../../locales/en/rules.json';
import storage from '../../../locales/en/storage.json';
import ui from '../../../locales/en/ui.json';
import { coreStrings } from '../resources.js';

export default coreStrings({ ui, audio, storage, exports, instructor, lms, refresher, knowledge, liveReload, rules });
