/**
 * The structure of an xAPI 1.0.3 statement (IEEE 9274.1.1), as a JSON Schema for the tests: the
 * parts Good Call emits, with the spec's constraints (one inverse functional identifier per agent,
 * IRIs for ids, language maps, scores within range, ISO 8601 durations and times, UUIDs).
 */
const iri = { type: 'string', format: 'iri' } as const;
const languageMap = {
  type: 'object',
  minProperties: 1,
  propertyNames: { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  additionalProperties: { type: 'string' },
} as const;
const extensions = { type: 'object', propertyNames: { format: 'iri' } } as const;
const uuid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' } as const;
const isoDuration = {
  type: 'string',
  pattern:
    '^P(?!$)(\\d+(?:\\.\\d+)?Y)?(\\d+(?:\\.\\d+)?M)?(\\d+(?:\\.\\d+)?W)?(\\d+(?:\\.\\d+)?D)?(T(?=\\d)(\\d+(?:\\.\\d+)?H)?(\\d+(?:\\.\\d+)?M)?(\\d+(?:\\.\\d+)?S)?)?$',
} as const;

const agent = {
  type: 'object',
  properties: {
    objectType: { const: 'Agent' },
    name: { type: 'string' },
    mbox: { type: 'string', pattern: '^mailto:' },
    mbox_sha1sum: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    openid: iri,
    account: {
      type: 'object',
      required: ['homePage', 'name'],
      properties: { homePage: { type: 'string', format: 'uri' }, name: { type: 'string', minLength: 1 } },
      additionalProperties: false,
    },
  },
  oneOf: [{ required: ['mbox'] }, { required: ['mbox_sha1sum'] }, { required: ['openid'] }, { required: ['account'] }],
  additionalProperties: false,
} as const;

const interactionComponent = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1 }, description: languageMap },
  additionalProperties: false,
} as const;

const activity = {
  type: 'object',
  required: ['id'],
  properties: {
    objectType: { const: 'Activity' },
    id: iri,
    definition: {
      type: 'object',
      properties: {
        name: languageMap,
        description: languageMap,
        type: iri,
        moreInfo: { type: 'string', format: 'uri' },
        interactionType: {
          enum: ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'],
        },
        correctResponsesPattern: { type: 'array', items: { type: 'string' } },
        choices: { type: 'array', items: interactionComponent },
        extensions,
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

export const XAPI_STATEMENT_SCHEMA = {
  type: 'object',
  required: ['actor', 'verb', 'object'],
  properties: {
    id: uuid,
    actor: agent,
    verb: {
      type: 'object',
      required: ['id'],
      properties: { id: iri, display: languageMap },
      additionalProperties: false,
    },
    object: activity,
    result: {
      type: 'object',
      properties: {
        score: {
          type: 'object',
          properties: {
            scaled: { type: 'number', minimum: -1, maximum: 1 },
            raw: { type: 'number' },
            min: { type: 'number' },
            max: { type: 'number' },
          },
          additionalProperties: false,
        },
        success: { type: 'boolean' },
        completion: { type: 'boolean' },
        response: { type: 'string' },
        duration: isoDuration,
        extensions,
      },
      additionalProperties: false,
    },
    context: {
      type: 'object',
      properties: {
        registration: uuid,
        instructor: agent,
        revision: { type: 'string' },
        platform: { type: 'string' },
        language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
        statement: { type: 'object' },
        contextActivities: {
          type: 'object',
          properties: {
            parent: { type: 'array', items: activity },
            grouping: { type: 'array', items: activity },
            category: { type: 'array', items: activity },
            other: { type: 'array', items: activity },
          },
          additionalProperties: false,
        },
        extensions,
      },
      additionalProperties: false,
    },
    timestamp: { type: 'string', format: 'date-time' },
    version: { type: 'string', pattern: '^1\\.0(\\.\\d+)?$' },
  },
  additionalProperties: false,
} as const;
