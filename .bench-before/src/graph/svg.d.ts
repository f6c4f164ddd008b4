import { MeshGraph } from './model';
export declare function renderSvg(graph: MeshGraph): Promise<string>;
