import type { ActorKind } from './schema.ts';

/**
 * The kinds of claimant that speak for a state: its ministries, army, police, government and
 * officials. Read when two figures of one country's voices are one claim (src/extract/
 * repeated-figures.ts), one claimant (src/resolve/reconcile.ts) or the state's own side.
 */
const STATE_VOICE_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(['state', 'military', 'police', 'government', 'official']);

export const isStateVoice = (kind: ActorKind | undefined | null): boolean => !!kind && STATE_VOICE_KINDS.has(kind);
