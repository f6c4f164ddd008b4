// Public surface of src/security (filled in as the constructs land).
export {};
