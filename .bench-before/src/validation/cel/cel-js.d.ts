import type * as CelJs from '@marcbachmann/cel-js';
export declare function celJs(): typeof CelJs;
