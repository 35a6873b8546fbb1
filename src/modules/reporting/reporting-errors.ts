/** Codes a report's refusal carries (as `extensions.reason` of a BAD_USER_INPUT error: reports are queries). */
export const ReportingErrorCode = {
  INVALID: 'INVALID',
} as const;
export type ReportingErrorCode = (typeof ReportingErrorCode)[keyof typeof ReportingErrorCode];
