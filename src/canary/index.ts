// Public surface of src/canary (filled in as the constructs land).
export {};
