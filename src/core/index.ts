/** The core's public surface, for the add-on, the CLI and the sidebar. */
export * from './codebook';
export * from './model';
export * from './cells';
export * from './normalize';
export * from './schema';
export * from './i18n';
export * from './header';
export * from './validate';
export * from './crosstab';
export * from './tables';
export * from './survey';
export * from './result';
export * from './categories';
export * from './contract';
export * from './totals';
export * from './merges';
export * from './repeats';
