/** An IP address value (`net.IP` in CEL). */
export declare class KubeIp {
    readonly text: string;
    readonly family: number;
    static parse(text: string): KubeIp;
    static isValid(text: string): boolean;
    private constructor();
    get bits(): string;
    get isUnspecified(): boolean;
    get isLoopback(): boolean;
}
/** A CIDR value (`net.CIDR` in CEL). */
export declare class KubeCidr {
    readonly ip: KubeIp;
    readonly prefixLength: number;
    static parse(text: string): KubeCidr;
    static isValid(text: string): boolean;
    private static tryParse;
    private constructor();
    contains(other: KubeIp): boolean;
}
