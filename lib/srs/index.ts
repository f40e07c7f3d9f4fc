export {
  DEFAULT_STUDY_SETTINGS,
  FSRS6_PARAMETER_COUNT,
  isStepUnit,
  parseStudySettings,
  studySettingsSchema,
  type StudySettings,
  type StudySettingsInput,
  type EditableStudySettings,
} from "./settings";
export {
  CARD_STATE_NAMES,
  newCardSchedule,
  type CardSchedule,
  type CardStateName,
} from "./card-state";
export {
  GRADE_NAMES,
  GRADES,
  type Grade,
  type ReviewLogEntry,
} from "./review-log";
export { cardScheduleSchema, gradeSchema, reviewLogEntrySchema } from "./schemas";
export {
  createScheduler,
  previewIntervals,
  retrievability,
  rollbackReview,
  scheduleReview,
  type IntervalPreview,
  type ScheduledReview,
  type Scheduler,
} from "./schedule-review";
export { nextStudyDayStart, shiftStudyDay, studyDayOf, studyDayStart } from "./study-day";
export {
  buildDailyQueue,
  nextCardAt,
  siblingBurial,
  type DailyQueue,
  type DailyQueueInput,
  type NextCard,
  type QueueCardRef,
  type QueueItem,
  type QueueItemKind,
  type ScheduledQueueCard,
} from "./daily-queue";
export {
  CUSTOM_STUDY_EFFECT,
  CUSTOM_STUDY_MODES,
  MAX_CUSTOM_CARDS,
  customStudyParamsSchema,
  type CustomStudyMode,
  type CustomStudyParams,
} from "./custom-study";
