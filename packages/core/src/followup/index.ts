// @diemmac/core/followup: recommendations followed up after the notice, as of a day.
export { deadlineWords, RECOMMENDATION_STATUS_WORDS } from './messages.js';
export type { FollowUpEntryInput, FollowUpInput } from './schema.js';
export { FollowUp, FollowUpEntry } from './schema.js';
export type {
  OpenRecommendation,
  OpenRecommendationsOptions,
  RecommendationState,
  RecommendationStatus,
} from './state.js';
export { openRecommendations, recommendationState } from './state.js';
