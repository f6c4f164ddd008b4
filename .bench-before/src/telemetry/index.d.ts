export * from './access-log-options';
export * from './buffered-access-logging';
