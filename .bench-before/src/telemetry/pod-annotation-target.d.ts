import { IConstruct } from 'constructs';
/** Reads and sets one pod-template annotation of a workload. */
export interface PodAnnotationTarget {
    read(key: string): string | undefined;
    write(key: string, value: string): void;
}
/** The target for `workload`, or undefined when it renders no pod template we can reach. */
export declare function podAnnotationTarget(workload: IConstruct): PodAnnotationTarget | undefined;
