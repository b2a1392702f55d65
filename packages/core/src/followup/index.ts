// @diemmac/core/followup: recommendations followed up after the notice, as of a day.
export type { FollowUpFileInput } from './file.js';
export { FollowUpFile, followUpMismatches, parseFollowUpFile } from './file.js';
export {
  deadlinePartName,
  deadlinePartWords,
  deadlineWords,
  entryWords,
  RECOMMENDATION_STATUS_WORDS,
  takenUpWords,
} from './messages.js';
export { partKey } from './parts.js';
export type { FollowUpEntryInput, FollowUpInput } from './schema.js';
export { FollowUp, FollowUpEntry } from './schema.js';
export type {
  AsOf,
  FollowedSupervision,
  FollowUpSummary,
  OpenRecommendation,
  OpenRecommendationsOptions,
  PartState,
  RecommendationState,
  RecommendationStatus,
} from './state.js';
export {
  followedRecommendations,
  openRecommendations,
  recommendationState,
  summarizeFollowUp,
} from './state.js';
