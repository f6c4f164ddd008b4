// Public surface of src/telemetry (filled in as the constructs land).
export {};
