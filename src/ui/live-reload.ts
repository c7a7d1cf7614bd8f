/**
 * Live reload in the encounter (dev server only): each version of the running scenario a trainer
 * saves (its story or manifest), loaded from the catalogue, for the play controller to start again
 * on, replaying the trainee's picks as far as they still apply.
 */
import { listScenarios, loadScenario, onCatalogueChange } from '../game/catalogue.js';
import type { ScenarioEdits } from '../play/actors.js';

export function scenarioEdits(scenarioId: string): ScenarioEdits {
  return (onEdit) => {
    let stopped = false;
    const stop = onCatalogueChange((change) => {
      if (change.kind !== 'updated' || change.scenarioId !== scenarioId) return;
      const entry = listScenarios().find((s) => s.id === scenarioId);
      if (!entry?.ok) return;
      void loadScenario(entry.manifest).then(({ bundle }) => {
        if (!stopped) onEdit(bundle);
      });
    });
    return () => {
      stopped = true;
      stop();
    };
  };
}
