/** Everything the game page says, in Spanish: the one file of strings a trainee's page downloads. */
import audio from '../../../locales/es/audio.json';
import exports from '../../../locales/es/exports.json';
import instructor from '../../../locales/es/instructor.json';
import knowledge from '../../../locales/es/knowledge.json';
import liveReload from '../../../locales/es/live-reload.json';
import lms from '../../../locales/es/lms.json';
import refresher from '../../../locales/es/refresher.json';
import rules from '../../../locales/es/rules.json';
import storage from '../../../locales/es/storage.json';
import ui from '../../../locales/es/ui.json';
import { coreStrings } from '../resources.js';

export default coreStrings({ ui, audio, storage, exports, instructor, lms, refresher, knowledge, liveReload, rules });
