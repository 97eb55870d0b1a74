/**
 * Territory taken abroad. ACLED's "Government regains territory" is a state's forces retaking a place
 * of their own country; a state's forces that take a place in another country act there as a foreign
 * force, which the codebook counts with the non-state actors that overtake territory ("Russian forces
 * captured a village in the Donetsk region", "Turkish troops seized a town in northern Syria"). Known
 * only once the event is placed, so this runs after the places stage, on the events' countries.
 */
import type { Event } from '../../record/schema.ts';
import { STATE_FORCES } from '../sides.ts';

const RETAKEN = 'Government regains territory';
const OVERTAKEN = 'Non-state actor overtakes territory';

export function takenAbroad(events: Event[]): Event[] {
  return events.map((e) => {
    if (e.subEventType !== RETAKEN) return e;
    const by = e.actor1, where = e.location?.iso3;
    // (A de facto authority's forces carry its territory's country.)
    if (!by || !STATE_FORCES.has(by.kind) || !by.country || !where || by.country === where) return e;
    return { ...e, subEventType: OVERTAKEN };
  });
}
