export { createClient } from './client.js';
export type { SalesHubClient } from './client.js';
export type { ClientOptions, RequestOptions, KeyedRequestOptions, TokenProvider } from './http.js';
export {
  ApiError,
  ValidationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  AuthenticationError,
  RateLimitError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
  isApiError,
  isValidationError,
  isConflictError,
  isNotFoundError,
  isPermissionError,
  isAuthenticationError,
  isRateLimitError,
  isNetworkError,
  isTimeoutError,
  isResponseValidationError,
} from './errors.js';
export type { FieldError, ApiErrorName } from './errors.js';
export * from './schemas/index.js';
export * from './rules/index.js';
