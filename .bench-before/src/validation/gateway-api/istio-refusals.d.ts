import { FindingCollector } from '../finding-collector';
import { Obj } from '../util/plain-json';
export declare const WAYPOINT_CLASS = "istio-waypoint";
export declare function checkIstioRefusals(kind: string, o: Obj, out: FindingCollector): void;
