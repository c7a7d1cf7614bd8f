import { listScenarios } from "./game/catalogue.js";

const app = document.getElementById('app');
if (app) {
  const list = document.createElement('ul');
  for (const entry of listScenarios()) {
    const item = document.createElement('li');
    item.textContent = entry.ok ? entry.manifest.title['en'] ?? entry.id : `${entry.id} (broken)`;
    list.append(item);
  }
  app.append(list);
}
