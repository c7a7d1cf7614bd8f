/**
 * The app's screens as a state machine: which screen is showing and what it needs to know. Screens
 * send events; the app subscribes and renders. Anything random or stored (seeds, attempts) arrives
 * in events, so the flow itself is deterministic and tested without a browser.
 */
import { assign, setup } from 'xstate';
import type { EncounterPlan } from '../play/start.js';
import type { KnowledgeResult } from '../protocols/knowledge-check.js';
import type { Settings } from './settings.js';

export interface FlowContext {
  readonly settings: Settings;
  /** Whether the settings were chosen before, on an earlier visit or earlier on this one. */
  readonly settingsRemembered?: boolean;
  readonly scenarioId?: string;
  readonly plan?: EncounterPlan;
  /** The attempt the debrief shows. */
  readonly attemptId?: string;
  /** The variant chosen for the next fresh attempt (a refresher's), instead of a random one. */
  readonly seed?: number;
  /**
   * A knowledge check under way: set once the check before the encounter is handed in (`pre`) or
   * skipped, so that the same check follows the encounter; cleared once that one is done.
   */
  readonly knowledge?: { readonly scenarioId: string; readonly pre?: KnowledgeResult };
}

export type FlowEvent =
  | { readonly type: 'change settings'; readonly settings: Partial<Settings> }
  | { readonly type: 'open scenarios' }
  | { readonly type: 'open history' }
  | { readonly type: 'back to title' }
  | { readonly type: 'choose scenario'; readonly scenarioId: string; readonly seed?: number }
  | { readonly type: 'begin'; readonly seed: number }
  | { readonly type: 'replay'; readonly plan: EncounterPlan }
  | { readonly type: 'resume'; readonly plan: EncounterPlan }
  /** The encounter's menu: the same scenario again from its start (the attempt so far is kept). */
  | { readonly type: 'restart'; readonly plan: EncounterPlan }
  | { readonly type: 'finished'; readonly attemptId: string }
  | { readonly type: 'open attempt'; readonly attemptId: string; readonly scenarioId: string }
  | { readonly type: 'try again' }
  /** The knowledge check before or after the encounter is handed in (`result`) or skipped (none). */
  | { readonly type: 'knowledge answered'; readonly result?: KnowledgeResult };

export type ScreenName = 'title' | 'scenarios' | 'pre-check' | 'briefing' | 'encounter' | 'post-check' | 'debrief' | 'history';

/** Choosing a scenario: through the knowledge check first when it is on. */
const CHOOSE_SCENARIO = [
  { target: 'pre-check', guard: 'the knowledge check is on', actions: ['remember scenario', 'forget the knowledge check'] },
  { target: 'briefing', actions: ['remember scenario', 'forget the knowledge check'] },
] as const;

export const flowMachine = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent, input: {} as { settings: Settings; settingsRemembered?: boolean } },
  actions: {
    'update settings': assign({
      settings: ({ context, event }) => (event.type === 'change settings' ? { ...context.settings, ...event.settings } : context.settings),
      settingsRemembered: true,
    }),
    'remember scenario': assign({
      scenarioId: ({ context, event }) =>
        event.type === 'choose scenario' || event.type === 'open attempt' ? event.scenarioId : context.scenarioId,
      seed: ({ event }) => (event.type === 'choose scenario' ? event.seed : undefined),
    }),
    'plan a fresh attempt': assign({
      plan: ({ context, event }) => {
        if (event.type !== 'begin' || context.scenarioId === undefined) return context.plan;
        const { profileId, mode, timeFactor, locale } = context.settings;
        return { scenarioId: context.scenarioId, seed: event.seed, profileId, mode, timeFactor, locale, start: { kind: 'fresh' } };
      },
      // A refresher's variant is for one attempt: "try again" draws a new one.
      seed: undefined,
    }),
    'plan a replay': assign({
      plan: ({ context, event }) =>
        event.type === 'replay' || event.type === 'resume' || event.type === 'restart' ? event.plan : context.plan,
    }),
    'remember the check before': assign({
      knowledge: ({ context, event }) =>
        event.type === 'knowledge answered' && context.scenarioId !== undefined
          ? { scenarioId: context.scenarioId, ...(event.result ? { pre: event.result } : {}) }
          : context.knowledge,
    }),
    'forget the knowledge check': assign({ knowledge: undefined }),
    'remember attempt': assign({
      attemptId: ({ context, event }) => (event.type === 'finished' || event.type === 'open attempt' ? event.attemptId : context.attemptId),
    }),
  },
  guards: {
    'a scenario is chosen': ({ context }) => context.scenarioId !== undefined,
    'the knowledge check is on': ({ context }) => context.settings.knowledgeCheck === true,
    'a knowledge check is under way': ({ context }) =>
      context.knowledge !== undefined && context.knowledge.scenarioId === context.scenarioId,
  },
}).createMachine({
  id: 'good-call',
  context: ({ input }) => ({ settings: input.settings, settingsRemembered: input.settingsRemembered ?? false }),
  initial: 'title',
  on: {
    'change settings': { actions: 'update settings' },
    'open history': { target: '.history' },
    'open scenarios': { target: '.scenarios' },
  },
  states: {
    title: {
      on: {
        resume: { target: 'encounter', actions: ['plan a replay', 'forget the knowledge check'] },
        // "Your refresher": straight to the briefing of the encounter due, in the variant chosen.
        'choose scenario': CHOOSE_SCENARIO,
      },
    },
    scenarios: {
      on: {
        'back to title': { target: 'title' },
        'choose scenario': CHOOSE_SCENARIO,
      },
    },
    'pre-check': {
      on: { 'knowledge answered': { target: 'briefing', actions: 'remember the check before' } },
    },
    briefing: {
      on: { begin: { target: 'encounter', guard: 'a scenario is chosen', actions: 'plan a fresh attempt' } },
    },
    encounter: {
      on: {
        finished: [
          { target: 'post-check', guard: 'a knowledge check is under way', actions: 'remember attempt' },
          { target: 'debrief', actions: 'remember attempt' },
        ],
        restart: { target: 'encounter', reenter: true, actions: 'plan a replay' },
      },
    },
    'post-check': {
      on: { 'knowledge answered': { target: 'debrief', actions: 'forget the knowledge check' } },
    },
    debrief: {
      on: {
        replay: { target: 'encounter', actions: ['plan a replay', 'forget the knowledge check'] },
        'try again': [
          { target: 'pre-check', guard: 'the knowledge check is on', actions: 'forget the knowledge check' },
          { target: 'briefing', actions: 'forget the knowledge check' },
        ],
      },
    },
    history: {
      on: {
        'open attempt': { target: 'debrief', actions: ['remember scenario', 'remember attempt', 'forget the knowledge check'] },
        replay: { target: 'encounter', actions: ['plan a replay', 'forget the knowledge check'] },
        'back to title': { target: 'title' },
      },
    },
  },
});
