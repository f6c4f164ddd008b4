/**
 * The API server's checks of a pod spec (Pod, and the templates of Deployment, DaemonSet, Job, CronJob):
 * containers, ports, probes, resources (KUBERNETES-VALIDATION-RULES.md §5).
 */
import { SchemaRun } from '../schema/run';
import { Obj } from '../util/plain-json';
/** Which restartPolicy values a kind's pods may use (from its controller's rules). */
export declare enum RestartPolicyRule {
    ANY = 0,
    ALWAYS = 1,
    ON_FAILURE_OR_NEVER = 2
}
export declare function checkPodSpec(spec: Obj, path: string, run: SchemaRun, restart: RestartPolicyRule): void;
