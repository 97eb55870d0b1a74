/**
 * The claim extraction, assembled (as chrono-node's configuration lists its parsers and refiners):
 * for each casualty word of a sentence, the count parsers are asked in this order until one answers;
 * after a figure, the follow-ups; after the sentence's casualty words, the sentence parsers. Then the
 * refiners settle the document's candidates, each in turn, in this order. docs/extraction.md says
 * what each reads; a new pattern family is a new file here, a new judgement on figures a new refiner.
 */
import type { ClaimRefiner, CountParser, FollowUpParser, SentenceParser } from './candidate.ts';
import { breakdownGroups } from './parsers/breakdown-groups.ts';
import { deadIncluded } from './parsers/dead-included.ts';
import { denials } from './parsers/denials.ts';
import { fatalAmongShot } from './parsers/fatal-among-shot.ts';
import { headlinePeople } from './parsers/headline-people.ts';
import { joinedOutcomes } from './parsers/joined-outcomes.ts';
import { losses } from './parsers/losses.ts';
import { nounCounts } from './parsers/noun-counts.ts';
import { objectCounts } from './parsers/object-counts.ts';
import { plans } from './parsers/plans.ts';
import { runningTotals } from './parsers/running-totals.ts';
import { subjectCounts } from './parsers/subject-counts.ts';
import { tolls } from './parsers/tolls.ts';
import { additive } from './refiners/additive.ts';
import { attribution } from './refiners/attribution.ts';
import { background } from './refiners/background.ts';
import { breakdown } from './refiners/breakdown.ts';
import { disputes } from './refiners/disputes.ts';
import { members } from './refiners/members.ts';
import { party } from './refiners/party.ts';
import { repeats } from './refiners/repeats.ts';
import { restatedParty } from './refiners/restated-party.ts';

/** Per casualty word: a plan is no claim; "the number of … had risen to", a toll, then the count by how the word takes it ("lost N soldiers" before other active verbs). */
export const COUNT_PARSERS: CountParser[] = [plans, runningTotals, tolls, nounCounts, losses, objectCounts, subjectCounts, headlinePeople];

/** After a figure: more figures of the same people (the dead among those shot; the groups after "including"; the taken later killed). */
export const FOLLOW_UPS: FollowUpParser[] = [fatalAmongShot, breakdownGroups, joinedOutcomes];

/** Per sentence, after its casualty words. */
export const SENTENCE_PARSERS: SentenceParser[] = [denials, deadIncluded];

/**
 * Attribution first (the party reads the claimant's country for "its soldiers"); repeats before the
 * party (which reads the outcomes repeats settle); the restated party across sentences after each
 * sentence's own; additions and breakdowns on the settled noun phrases; disputes on settled claimants
 * and parties; background; then the members of a figure named one by one (reads background).
 */
export const REFINERS: ClaimRefiner[] = [attribution, repeats, party, restatedParty, additive, breakdown, disputes, background, members];
