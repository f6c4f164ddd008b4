import { MeshGraph } from './model';
export declare const PICTURE_FILES: readonly string[];
/** Draws the graph into `dir` (created when missing); resolves to the graph drawn. */
export declare function writeMeshPicture(objects: readonly object[], dir: string): Promise<MeshGraph>;
