/** The digest's entry points, named as Apps Script sees them. */
import {
  type DigestRunOutcome,
  type DigestSaveInput,
  type DigestSaveOutcome,
  type DigestState,
  saveDigestSettings,
  digestSendNow as sendNow,
  digestState as state,
  digestTrigger as trigger,
} from './digest';

export function digestTrigger(event?: { triggerUid?: string }): void {
  trigger(event);
}

export function digestState(): DigestState {
  return state();
}

export function digestSave(input: DigestSaveInput): DigestSaveOutcome {
  return saveDigestSettings(input);
}

export function digestSendNow(force: boolean): DigestRunOutcome {
  return sendNow(force);
}
