import type { StringMatch } from '../canary/string-match';
/** The conditions of one route match; a request matches when it meets all of them. */
export interface MatchConditions {
    readonly headers?: {
        readonly [name: string]: StringMatch;
    };
    readonly uri?: StringMatch;
    readonly queryParams?: {
        readonly [name: string]: StringMatch;
    };
    readonly sourceLabels?: {
        readonly [key: string]: string;
    };
    readonly sourceNamespace?: string;
}
