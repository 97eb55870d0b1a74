/**
 * ACLED's event taxonomy (6 event types, 25 sub-event types, ACLED's exact spelling, as in the
 * ACLED codebook) plus fogwatch's own values for diplomatic interactions, which ACLED does not code.
 * This is a code list the schema validates against, so it lives in code; the words that trigger
 * each type are data (data/event-triggers.json).
 */
export const ACLED_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED', 'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other',
  ],
} as const;

/** Not an ACLED type: talks, appeals, mediation, accusations, threats between actors. */
export const DIPLOMACY_TYPE = 'Diplomacy' as const;
export const DIPLOMACY_SUB_TYPES = ['Talks', 'Appeal', 'Mediation', 'Accusation', 'Threat', 'Request for help'] as const;

export type AcledEventType = keyof typeof ACLED_TYPES;
export type EventType = AcledEventType | typeof DIPLOMACY_TYPE;

export const EVENT_TYPES: string[] = [...Object.keys(ACLED_TYPES), DIPLOMACY_TYPE];
export const SUB_EVENT_TYPES: string[] = [...Object.values(ACLED_TYPES).flat(), ...DIPLOMACY_SUB_TYPES];

const typeOfSub = new Map<string, string>();
for (const [t, subs] of Object.entries(ACLED_TYPES)) for (const s of subs) typeOfSub.set(s, t);
for (const s of DIPLOMACY_SUB_TYPES) typeOfSub.set(s, DIPLOMACY_TYPE);

/** The event type a sub-event type belongs to. Throws on a value outside the taxonomy. */
export function eventTypeOf(subEventType: string): string {
  const t = typeOfSub.get(subEventType);
  if (!t) throw new Error(`unknown sub-event type: ${JSON.stringify(subEventType)}`);
  return t;
}

/**
 * ACLED's disorder_type column (ACLED codebook, 2023 on): violence against peaceful demonstrators is
 * both political violence and a demonstration, mob violence is political violence, other protests
 * and riots are demonstrations. Diplomacy, which ACLED does not code, has none ('').
 */
export function disorderTypeOf(eventType: string, subEventType: string): string {
  if (subEventType === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (subEventType === 'Mob violence') return 'Political violence';
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  if (eventType === DIPLOMACY_TYPE) return '';
  return 'Political violence';
}

/** Readings of one change of hands: taken by force (by either side) or handed over without a fight. */
export const TERRITORY_SUB_TYPES: ReadonlySet<string> = new Set(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

/** The event types of violence (the one definition: extraction merges and orders by it, resolution compares by it). */
export const VIOLENT_EVENT_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
