// Public surface of src/telemetry.
export * from './access-log-options';
export * from './buffered-access-logging';
