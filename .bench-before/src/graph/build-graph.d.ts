import { MeshGraph } from './model';
/** The mesh graph of a set of manifests (plain objects, as synth or a YAML file holds them). */
export declare function buildMeshGraph(objs: readonly object[]): MeshGraph;
