import { PropErrors } from '../shared/prop-errors';
/** The props without null entries (null means "not set"), after checking every prop's type. */
export declare function checkCanaryServiceProps<T extends object>(errors: PropErrors, given: T): T;
